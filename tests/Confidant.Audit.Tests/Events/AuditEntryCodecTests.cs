using System.Net;
using System.Text;
using Confidant.Audit.Events;

namespace Confidant.Audit.Tests.Events;

public sealed class AuditEntryCodecTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 29, 12, 34, 56, 789, TimeSpan.Zero);

    private static AuditEvent Sample() => new()
    {
        Type = AuditEventTypes.VaultDetokenize,
        Time = Time,
        Tenant = "acme",
        Actor = "service:payments",
        Target = new AuditTarget { Type = "vault-token", Ids = ["tokfp:0123456789abcdef0123456789abcdef"], Classes = new Dictionary<string, int> { ["CARD_NUMBER"] = 1, ["CARD_EXPIRY"] = 2 } },
        Outcome = AuditOutcome.Success,
        Origin = "ip4:203.0.113.0/24",
        Reason = "payment.charge",
    };

    [Fact]
    public void TheCanonicalForm_IsTheDocumentedOne()
    {
        // Written out by hand from docs/audit.md: fixed member order, no spaces, classes sorted.
        const string Expected = """{"v":1,"id":"CONF-AUD-011","action":"vault.detokenize","time":"2026-11-29T12:34:56.789Z","tenant":"acme","actor":"service:payments","outcome":"success","target":{"type":"vault-token","ids":["tokfp:0123456789abcdef0123456789abcdef"],"classes":{"CARD_EXPIRY":2,"CARD_NUMBER":1}},"origin":"ip4:203.0.113.0/24","reason":"payment.charge"}""";

        Assert.Equal(Expected, Encoding.ASCII.GetString(AuditEntryCodec.Encode(Sample())));
    }

    [Fact]
    public void OptionalMembers_AreLeftOut_AndTheEventRoundTrips()
    {
        var minimal = new AuditEvent { Type = AuditEventTypes.ConversationStarted, Time = Time, Tenant = "acme", Actor = AuditActor.Anonymous, Outcome = AuditOutcome.Denied };
        var bytes = AuditEntryCodec.Encode(minimal);

        Assert.Equal("""{"v":1,"id":"CONF-AUD-001","action":"conversation.start","time":"2026-11-29T12:34:56.789Z","tenant":"acme","actor":"anonymous","outcome":"denied"}""", Encoding.ASCII.GetString(bytes));
        Assert.Equal(bytes, AuditEntryCodec.Encode(AuditEntryCodec.Decode(bytes)));
        Assert.Equal(AuditEntryCodec.Encode(Sample()), AuditEntryCodec.Encode(AuditEntryCodec.Decode(AuditEntryCodec.Encode(Sample()))));
    }

    [Fact]
    public void ATimeInAnotherOffset_IsWrittenInUtc()
    {
        var local = Sample() with { Time = Time.ToOffset(TimeSpan.FromHours(2)) };
        Assert.Equal(AuditEntryCodec.Encode(Sample()), AuditEntryCodec.Encode(local));
    }

    [Theory]
    [InlineData("""{"v":1, "id":"CONF-AUD-001","action":"conversation.start","time":"2026-11-29T12:34:56.789Z","tenant":"acme","actor":"anonymous","outcome":"denied"}""")] // a space
    [InlineData("""{"id":"CONF-AUD-001","v":1,"action":"conversation.start","time":"2026-11-29T12:34:56.789Z","tenant":"acme","actor":"anonymous","outcome":"denied"}""")] // member order
    [InlineData("""{"v":1,"id":"CONF-AUD-001","action":"conversation.start","time":"2026-11-29T12:34:56.78Z","tenant":"acme","actor":"anonymous","outcome":"denied"}""")] // time precision
    [InlineData("""{"v":1,"id":"CONF-AUD-001","action":"conversation.start","time":"2026-11-29T12:34:56.789Z","tenant":"\u0061cme","actor":"anonymous","outcome":"denied"}""")] // an escape
    [InlineData("""{"v":1,"id":"CONF-AUD-001","action":"conversation.start","time":"2026-11-29T12:34:56.789Z","tenant":"acme","actor":"anonymous","outcome":"denied","extra":"x"}""")] // unknown member
    [InlineData("""{"v":2,"id":"CONF-AUD-001","action":"conversation.start","time":"2026-11-29T12:34:56.789Z","tenant":"acme","actor":"anonymous","outcome":"denied"}""")] // version
    [InlineData("""{"v":1,"id":"CONF-AUD-001","action":"conversation.start","time":"2026-11-29T12:34:56.789Z","tenant":"acme","actor":"anonymous"}""")] // missing outcome
    [InlineData("""{"v":1,"id":"CONF-AUD-001","action":"conversation.start","time":"2026-11-29T12:34:56.789Z","tenant":"acme","actor":"anonymous","outcome":"denied"} """)] // trailing space
    [InlineData("""not json""")]
    [InlineData("")]
    public void BytesThatAreNotTheCanonicalEncoding_AreRefused(string entry)
    {
        var ex = Assert.Throws<AuditFormatException>(() => AuditEntryCodec.Decode(Encoding.UTF8.GetBytes(entry)));
        Assert.Equal(AuditErrorCodes.NotCanonical, ex.Code);
    }

    [Theory]
    [InlineData("customer:alice@example.com")] // an email
    [InlineData("Alice Smith")] // a name
    [InlineData("customer:0123")] // not a pseudonym
    [InlineData("system:Retention Job")]
    [InlineData("")]
    public void AnActorThatIsNotAPseudonymOrAComponent_IsRefused(string actor)
    {
        var ex = Assert.Throws<AuditFormatException>(() => AuditEntryCodec.Encode(Sample() with { Actor = actor }));
        Assert.Equal(AuditErrorCodes.InvalidEvent, ex.Code);
    }

    [Fact]
    public void FreeTextInAnyField_IsRefused_WithoutRepeatingIt()
    {
        const string Card = "4111 1111 1111 1111";
        var attempts = new[]
        {
            Sample() with { Reason = "customer said " + Card },
            Sample() with { Tenant = Card },
            Sample() with { Origin = Card },
            Sample() with { Target = Sample().Target! with { Ids = [Card] } },
            Sample() with { Target = Sample().Target! with { Type = Card } },
            Sample() with { Target = Sample().Target! with { Classes = new Dictionary<string, int> { [Card] = 1 } } },
            Sample() with { Type = new AuditEventType("CONF-AUD-011", Card) },
        };

        foreach (var attempt in attempts)
        {
            var ex = Assert.Throws<AuditFormatException>(() => AuditEntryCodec.Encode(attempt));
            Assert.Equal(AuditErrorCodes.InvalidEvent, ex.Code);
            Assert.DoesNotContain("4111", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SubMillisecondTimes_AndBadCounts_AreRefused()
    {
        Assert.Throws<AuditFormatException>(() => AuditEntryCodec.Encode(Sample() with { Time = Time.AddTicks(1) }));
        Assert.Throws<AuditFormatException>(() => AuditEntryCodec.Encode(Sample() with { Target = Sample().Target! with { Classes = new Dictionary<string, int> { ["CARD_NUMBER"] = 0 } } }));
        Assert.Throws<AuditFormatException>(() => AuditEntryCodec.Encode(Sample() with { Type = new AuditEventType("AUD-1", "x") }));
    }

    [Fact]
    public void EveryCatalogueId_IsUniqueAndWellFormed()
    {
        Assert.Equal(AuditEventTypes.All.Count, AuditEventTypes.All.Select(t => t.Id).Distinct().Count());
        Assert.Equal(AuditEventTypes.All.Count, AuditEventTypes.All.Select(t => t.Action).Distinct().Count());
        foreach (var type in AuditEventTypes.All)
        {
            AuditEntryCodec.Encode(Sample() with { Type = type });
        }
    }

    [Theory]
    [InlineData("203.0.113.77", "ip4:203.0.113.0/24")]
    [InlineData("::ffff:203.0.113.77", "ip4:203.0.113.0/24")]
    [InlineData("2001:db8:85a3:8d3:1319:8a2e:370:7348", "ip6:2001:db8:85a3::/48")]
    [InlineData("fe80::1%3", "ip6:fe80::/48")]
    public void Origins_KeepOnlyTheNetwork(string address, string expected)
    {
        var origin = AuditOrigin.FromAddress(IPAddress.Parse(address));
        Assert.Equal(expected, origin);
        AuditEntryCodec.Encode(Sample() with { Origin = origin });
    }
}
