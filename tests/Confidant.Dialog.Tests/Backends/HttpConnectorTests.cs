using System.Net;
using System.Text.Json;
using Confidant.Dialog.Backends;
using Confidant.Dialog.Backends.Banking;
using Confidant.Dialog.Backends.Healthcare;
using Confidant.Dialog.Backends.Http;
using Confidant.Dialog.Backends.Retail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using static Confidant.Dialog.Tests.Backends.BackendTestData;

namespace Confidant.Dialog.Tests.Backends;

/// <summary>The HTTP connectors against a real Kestrel over TLS on loopback that checks every signature.</summary>
public sealed class HttpConnectorTests : IAsyncLifetime
{
    private const string AccountsJson = """[{"displayName":"Current account","maskedNumber":"•••• 1234","balance":1520.75,"currency":"GBP"}]""";

    private SignedBackendServer _server = null!;

    public async Task InitializeAsync() => _server = await SignedBackendServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ServiceProvider Services(Action<BackendConnectorOptions>? tweak = null, Action<BackendConnectorOptions>? retailTweak = null)
    {
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddConfidantHttpBankingBackend(_server.Options(tweak));
        services.AddConfidantHttpRetailBackend(_server.Options(retailTweak ?? tweak));
        services.AddConfidantHttpHealthcareBackend(_server.Options(tweak));
        _server.Trust(services, BackendConnectorNames.Banking);
        _server.Trust(services, BackendConnectorNames.Retail);
        _server.Trust(services, BackendConnectorNames.Healthcare);
        return services.BuildServiceProvider();
    }

    private void RespondInTurn(params Reply[] replies)
    {
        var next = -1;
        _server.Respond = (_, _) => Task.FromResult(replies[Math.Min(Interlocked.Increment(ref next), replies.Length - 1)]);
    }

    [Fact]
    public async Task GetAccounts_IsASignedGetOfTheCustomersPath_AndReadsTheAnswer()
    {
        RespondInTurn(Reply.Ok(AccountsJson));
        await using var services = Services();

        var accounts = await services.GetRequiredService<IBankingBackend>().GetAccountsAsync(Alice);

        Assert.Equal([new BankAccount("Current account", "•••• 1234", 1520.75m, "GBP")], accounts);
        var request = Assert.Single(_server.Received);
        Assert.True(request.SignatureValid);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/api/customers/{Alice.Value}/accounts", request.RawTarget);
        Assert.Equal(SignedBackendServer.KeyId, request.Header(ConnectorSignature.KeyIdHeader));
        Assert.Null(request.Header(ConnectorSignature.IdempotencyKeyHeader));
    }

    [Fact]
    public async Task WrongSecret_IsRejectedByTheServer_AndSurfacesAsAuthenticationFailed_WithoutRetry()
    {
        RespondInTurn(Reply.Ok(AccountsJson));
        await using var services = Services(o => o.Secret = Convert.ToBase64String(new byte[32]));

        var ex = await Assert.ThrowsAsync<BackendException>(() => services.GetRequiredService<IBankingBackend>().GetAccountsAsync(Alice));

        Assert.Equal(BackendErrorCodes.AuthenticationFailed, ex.Code);
        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.False(Assert.Single(_server.Received).SignatureValid);
    }

    public enum Tamper
    {
        None,
        Body,
        Method,
        Path,
        Query,
        Timestamp,
        KeyId,
    }

    [Theory]
    [InlineData(Tamper.None, HttpStatusCode.OK)]
    [InlineData(Tamper.Body, HttpStatusCode.Unauthorized)]
    [InlineData(Tamper.Method, HttpStatusCode.Unauthorized)]
    [InlineData(Tamper.Path, HttpStatusCode.Unauthorized)]
    [InlineData(Tamper.Query, HttpStatusCode.Unauthorized)]
    [InlineData(Tamper.Timestamp, HttpStatusCode.Unauthorized)]
    [InlineData(Tamper.KeyId, HttpStatusCode.Unauthorized)]
    public async Task Signature_CoversMethodPathQueryTimestampAndBody(Tamper tamper, HttpStatusCode expected)
    {
        RespondInTurn(Reply.Ok("""{"outcome":"completed","reference":"TRF-1","summary":"sent"}"""));
        await using var services = Services();
        await services.GetRequiredService<IBankingBackend>().TransferAsync(Alice, new TransferInstruction(250m, "GBP", "landlord", "rent-2026-01"));
        var signed = Assert.Single(_server.Received);
        Assert.True(signed.SignatureValid);
        Assert.Contains("\"amount\":250", signed.BodyText, StringComparison.Ordinal);
        var captured = signed with { RawTarget = signed.RawTarget + (tamper == Tamper.Query ? "?copy=1" : "") };

        var status = await _server.ReplayAsync(captured, request =>
        {
            switch (tamper)
            {
                case Tamper.Body:
                    request.Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(signed.BodyText.Replace("250", "2500", StringComparison.Ordinal)));
                    break;
                case Tamper.Method:
                    request.Method = HttpMethod.Put;
                    break;
                case Tamper.Path:
                    request.RequestUri = new Uri(request.RequestUri!.AbsoluteUri.Replace(Alice.Value, Bob.Value, StringComparison.Ordinal));
                    break;
                case Tamper.Timestamp:
                    var timestamp = long.Parse(signed.Header(ConnectorSignature.TimestampHeader)!, System.Globalization.CultureInfo.InvariantCulture);
                    request.Headers.Remove(ConnectorSignature.TimestampHeader);
                    request.Headers.Add(ConnectorSignature.TimestampHeader, (timestamp - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case Tamper.KeyId:
                    request.Headers.Remove(ConnectorSignature.KeyIdHeader);
                    request.Headers.Add(ConnectorSignature.KeyIdHeader, "another-key");
                    break;
            }
        });

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Get_On503_IsRetried_AndEachAttemptIsSigned()
    {
        RespondInTurn(new Reply(503), new Reply(503), Reply.Ok(AccountsJson));
        await using var services = Services();

        var accounts = await services.GetRequiredService<IBankingBackend>().GetAccountsAsync(Alice);

        Assert.Single(accounts);
        Assert.Equal(3, _server.Received.Count);
        Assert.All(_server.Received, r => Assert.True(r.SignatureValid));
    }

    [Fact]
    public async Task PostWithAnIdempotencyKey_On503_IsRetried_WithTheSameKey()
    {
        RespondInTurn(new Reply(503), new Reply(503), Reply.Ok("""{"outcome":"completed","reference":"TRF-1","summary":"250.00 GBP sent to landlord"}"""));
        await using var services = Services();

        var confirmation = await services.GetRequiredService<IBankingBackend>().TransferAsync(Alice, new TransferInstruction(250m, "GBP", "landlord", "rent-2026-01"));

        Assert.Equal(new TransferConfirmation(TransferOutcome.Completed, "TRF-1", "250.00 GBP sent to landlord"), confirmation);
        Assert.Equal(3, _server.Received.Count);
        Assert.All(_server.Received, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("rent-2026-01", r.Header(ConnectorSignature.IdempotencyKeyHeader));
            Assert.True(r.SignatureValid);
        });
    }

    [Fact]
    public async Task PostWithoutAnIdempotencyKey_On503_IsNotRetried()
    {
        RespondInTurn(new Reply(503), Reply.Ok("""{"outcome":"done"}"""));
        await using var services = Services();
        var client = services.GetRequiredKeyedService<ConnectorClient>(BackendConnectorNames.Banking);

        var ex = await Assert.ThrowsAsync<BackendException>(() => client.SendAsync<ChangeResult>(
            HttpMethod.Post, "Unkeyed", $"customers/{Alice.Value}/unkeyed", new { note = "x" }, idempotencyKey: null, notFoundIsNull: false, CancellationToken.None));

        Assert.Equal(BackendErrorCodes.Unavailable, ex.Code);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task Every503_GivesUpAfterTheRetries_AsUnavailable()
    {
        RespondInTurn(new Reply(503));
        await using var services = Services(o => o.MaxRetryAttempts = 2);

        var ex = await Assert.ThrowsAsync<BackendException>(() => services.GetRequiredService<IBankingBackend>().GetAccountsAsync(Alice));

        Assert.Equal(BackendErrorCodes.Unavailable, ex.Code);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(3, _server.Received.Count);
    }

    [Fact]
    public async Task Get_On400_IsNotRetried_AndIsRejected()
    {
        RespondInTurn(new Reply(400), Reply.Ok(AccountsJson));
        await using var services = Services();

        var ex = await Assert.ThrowsAsync<BackendException>(() => services.GetRequiredService<IBankingBackend>().GetAccountsAsync(Alice));

        Assert.Equal(BackendErrorCodes.Rejected, ex.Code);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task PostWithAKey_On400_IsNotRetried()
    {
        RespondInTurn(new Reply(400), Reply.Ok("""{"outcome":"completed","reference":"TRF-1","summary":"sent"}"""));
        await using var services = Services();

        var ex = await Assert.ThrowsAsync<BackendException>(() => services.GetRequiredService<IBankingBackend>().TransferAsync(Alice, new TransferInstruction(250m, "GBP", "landlord", "rent-2026-01")));

        Assert.Equal(BackendErrorCodes.Rejected, ex.Code);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task ABackendThatDoesNotAnswer_SurfacesAsATimeout()
    {
        _server.Respond = async (_, aborted) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, aborted);
            return new Reply(200);
        };
        await using var services = Services(o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(600);
            o.AttemptTimeout = TimeSpan.FromMilliseconds(150);
            o.MaxRetryAttempts = 1;
        });

        var ex = await Assert.ThrowsAsync<BackendException>(() => services.GetRequiredService<IBankingBackend>().GetAccountsAsync(Alice));

        Assert.Equal(BackendErrorCodes.Timeout, ex.Code);
        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public async Task ErrorsAndLogs_NameTheOperationAndStatus_NeverThePayloadOrTheCustomer()
    {
        const string Payload = "CANARY-PAYLOAD-7731 balance 4321.09 for alice@example.org";
        RespondInTurn(new Reply(422, JsonSerializer.Serialize(new { error = Payload })));
        await using var services = Services();

        var ex = await Assert.ThrowsAsync<BackendException>(() => services.GetRequiredService<IBankingBackend>().GetAccountsAsync(Alice));

        Assert.Equal(BackendErrorCodes.Rejected, ex.Code);
        Assert.Equal("banking.GetAccounts", ex.Operation);
        Assert.Equal((HttpStatusCode)422, ex.StatusCode);
        Assert.StartsWith("CONF-BCK-005: banking.GetAccounts failed:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("422", ex.Message, StringComparison.Ordinal);
        var logs = services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(logs, r => r.Id.Id == 6101);
        foreach (var text in logs.Select(r => r.Message).Append(ex.ToString()))
        {
            Assert.DoesNotContain("CANARY-PAYLOAD", text, StringComparison.Ordinal);
            Assert.DoesNotContain(Alice.Value, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""[{"displayName":"Current","maskedNumber":"1234 5678 9012 3456","balance":1,"currency":"GBP"}]""")]
    [InlineData("""[{"displayName":"Current","balance":1,"currency":"GBP"}]""")]
    [InlineData("""[null]""")]
    [InlineData("""not json""")]
    public async Task AnswerOutsideTheContract_IsAnInvalidResponse(string json)
    {
        RespondInTurn(Reply.Ok(json));
        await using var services = Services();

        var ex = await Assert.ThrowsAsync<BackendException>(() => services.GetRequiredService<IBankingBackend>().GetAccountsAsync(Alice));

        Assert.Equal(BackendErrorCodes.InvalidResponse, ex.Code);
        Assert.DoesNotContain("1234 5678", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_AreNotFollowed()
    {
        _server.Respond = (_, _) => Task.FromResult(new Reply(307));
        await using var services = Services();

        var ex = await Assert.ThrowsAsync<BackendException>(() => services.GetRequiredService<IBankingBackend>().GetAccountsAsync(Alice));

        Assert.Equal(BackendErrorCodes.Rejected, ex.Code);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task Retail_PlaceOrder_SendsTheTokenAndTheCallersKey_AndGetItem404IsNull()
    {
        _server.Respond = (request, _) => Task.FromResult(request.RawTarget.EndsWith("/products/999999", StringComparison.Ordinal)
            ? new Reply(404)
            : Reply.Ok("""{"orderId":"ORD-77","itemNumber":"389501","quantity":1,"total":59.99,"currency":"GBP","paidWith":"•••• 1111","state":"placed"}"""));
        await using var services = Services();
        var shop = services.GetRequiredService<IRetailBackend>();
        var card = Card("1111");

        var order = await shop.PlaceOrderAsync(Bob, "389501", 1, card, "order-key-0001");
        var missing = await shop.GetItemAsync("999999");

        Assert.Equal(new Order("ORD-77", "389501", 1, 59.99m, "GBP", "•••• 1111", OrderState.Placed), order);
        Assert.Null(missing);
        var post = _server.Received.First();
        Assert.Equal($"/api/customers/{Bob.Value}/orders", post.RawTarget);
        Assert.Equal("order-key-0001", post.Header(ConnectorSignature.IdempotencyKeyHeader));
        using var body = JsonDocument.Parse(post.Body);
        Assert.Equal("389501", body.RootElement.GetProperty("itemNumber").GetString());
        Assert.Equal(card.Token, body.RootElement.GetProperty("card").GetProperty("token").GetString());
        Assert.Equal("1111", body.RootElement.GetProperty("card").GetProperty("lastFour").GetString());
    }

    [Fact]
    public async Task Healthcare_TriageAndSlots_UseTheContract()
    {
        _server.Respond = (request, _) => Task.FromResult(request.Method == "POST"
            ? Reply.Ok("""{"urgency":"routine","specialty":"dermatology","ruleId":"rash"}""")
            : Reply.Ok("""[{"slotId":"S-1","startsAt":"2026-01-05T09:00:00+00:00","specialty":"dermatology","clinicianDisplayName":"Dr Adams"}]"""));
        await using var services = Services();
        var clinic = services.GetRequiredService<IHealthcareBackend>();

        var triage = await clinic.TriageAsync(Alice, new TriageRequest([SymptomCodes.Rash], 3, [Token("symptom")]));
        var slots = await clinic.FindSlotsAsync(triage.Specialty, Monday);

        Assert.Equal(new TriageResult(TriageUrgency.Routine, Specialties.Dermatology, "rash"), triage);
        Assert.Equal("S-1", Assert.Single(slots).SlotId);
        var received = _server.Received.ToArray();
        Assert.NotNull(received[0].Header(ConnectorSignature.IdempotencyKeyHeader));
        Assert.Equal("/api/slots?specialty=dermatology&from=2026-01-05T08%3A00%3A00Z", received[1].RawTarget);
        Assert.All(received, r => Assert.True(r.SignatureValid));
    }
}
