using Confidant.Redaction.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Confidant.Redaction.Tests;

/// <summary>Log events have stable ids and carry codes and counts, never values.</summary>
public class LoggingTests
{
    [Fact]
    public async Task Log_AcceptedMessage_IsEvent1102_WithCountsAndClasses()
    {
        using var harness = Harness.Create();
        await harness.AcceptAsync("my name is Maria Gonzalez, email me at jane.doe@example.com", Harness.NewConversation());
        var record = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1102);
        Assert.Equal("MessageAccepted", record.Id.Name);
        Assert.Equal("2", record.GetStructuredStateValue("FindingCount"));
        Assert.Equal("EMAIL,PERSON_NAME", record.GetStructuredStateValue("Classes"));
        Assert.DoesNotContain("Maria", harness.LogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_BlockedMessage_IsEvent1103_WithCodes()
    {
        using var harness = Harness.Create();
        await harness.ProcessAsync("my password is Tr0ub4dor&3", Harness.NewConversation());
        var record = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1103);
        Assert.Equal(LogLevel.Information, record.Level);
        Assert.Equal("CONF-RED-102", record.GetStructuredStateValue("Codes"));
        Assert.DoesNotContain("Tr0ub4dor", harness.LogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_TokenizationFailure_IsEvent1106_WithoutTheExceptionMessage()
    {
        using var harness = Harness.Create(tokenizer: new ThrowingTokenizer());
        await harness.ProcessAsync("my card number is 4111 1111 1111 1111", Harness.NewConversation());
        var record = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1106);
        Assert.Equal("CARD_NUMBER", record.GetStructuredStateValue("DataClass"));
        Assert.Equal("InvalidOperationException", record.GetStructuredStateValue("ExceptionType"));
        Assert.Null(record.Exception);
    }

    [Fact]
    public void Log_PolicyLoaded_IsEvent1101()
    {
        using var harness = Harness.Create();
        var record = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1101);
        Assert.Equal("PciDss,Hipaa,Gdpr", record.GetStructuredStateValue("Profiles"));
        Assert.Equal("6", record.GetStructuredStateValue("SinkCount"));
    }

    [Fact]
    public void Log_EveryEventId_IsInRedactionsRange_AndUnique()
    {
        var ids = typeof(Log).GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public)
            .Select(m => m.GetCustomAttributes(typeof(LoggerMessageAttribute), false).Cast<LoggerMessageAttribute>().SingleOrDefault())
            .Where(a => a is not null)
            .Select(a => a!.EventId)
            .ToList();
        Assert.Equal(7, ids.Count);
        Assert.All(ids, id => Assert.InRange(id, 1100, 1199));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
