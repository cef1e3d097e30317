using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Confidant.Identity.Messaging;
using Confidant.Server.Chat;
using Confidant.Server.Tests.Chat;
using Confidant.Server.Tests.Infrastructure;

namespace Confidant.Server.Tests.Dialog;

/// <summary>A live chat socket outlives a sign-out; each message is answered as the session stands now.</summary>
public sealed partial class LiveChatSessionTests
{
    [Fact]
    public async Task After_signing_out_elsewhere_the_open_socket_no_longer_acts_for_the_customer()
    {
        await using var server = await TestServerHost.StartAsync(o => o.Configuration["Confidant:Dialog:Bot"] = "banking");
        var cookies = new CookieContainer();
        using var client = server.CreateClient(cookies);
        var email = $"dana.{Guid.NewGuid():N}@example.com";

        await PostFormAsync(client, "/account/register", new() { ["Email"] = email, ["Password"] = "dana has a long passphrase" });
        var code = await LatestCodeAsync(Path.Combine(server.DataFolder, "outbox", "security-messages.jsonl"), email);
        await PostFormAsync(client, "/account/verify", new() { ["Factor"] = "email-code", ["Code"] = code }, "Code");

        var started = await client.PostAsync("/api/conversations", null);
        var conversation = (await started.Content.ReadFromJsonAsync<ConversationStarted>())!.ConversationId;
        using var socket = await server.ConnectWebSocketAsync($"/api/conversations/{conversation}/live", cookies);
        Assert.Contains("Your balance", await ChatWebSocketTests.SendAsync(socket, "{\"text\":\"what's my balance?\"}"), StringComparison.Ordinal);

        await PostFormAsync(client, "/account/sign-out", []);
        Assert.Contains("sign in", await ChatWebSocketTests.SendAsync(socket, "{\"text\":\"what's my balance?\"}"), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? handler = null)
    {
        var page = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        var response = await client.PostAsync(handler is null ? path : $"{path}?handler={handler}", new FormUrlEncodedContent(fields));
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther, $"{path}: HTTP {(int)response.StatusCode}");
    }

    private static async Task<string> LatestCodeAsync(string outbox, string email)
    {
        for (var i = 0; i < 50; i++)
        {
            if (File.Exists(outbox) && (await DevelopmentOutbox.ReadAllAsync(outbox)).LastOrDefault(m => m.Recipient == email && m.Kind == SecurityMessageKind.SignInCode) is { } message)
            {
                return Regex.Match(message.Body, @"\b\d{6}\b").Value;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("no code reached the outbox");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
