using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Confidant.Audit.Events;

/// <summary>
/// The canonical bytes of an audit entry (documented in docs/audit.md): compact UTF-8 JSON with
/// the members in a fixed order, optional members omitted when absent, class names in ordinal
/// order, and every string drawn from an alphabet that JSON never escapes. One event has exactly
/// one encoding, so anyone can recompute an exported entry's leaf hash, and
/// <see cref="Decode"/> refuses bytes that are not the canonical encoding of what they say.
/// </summary>
public static class AuditEntryCodec
{
    /// <summary>The format version written in every entry.</summary>
    public const int Version = 1;

    /// <summary>The longest entry accepted (an event is ids and counts; this is generous).</summary>
    public const int MaxEntryBytes = 16 * 1024;

    private const int MaxIdentifierLength = 200;
    private const string IdentifierAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:/+=*-";
    private const string ActionAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789.-";
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Encodes <paramref name="auditEvent"/>; throws <see cref="AuditFormatException"/> when a field breaks the rules.</summary>
    public static byte[] Encode(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        Validate(auditEvent);
        var json = new StringBuilder(256);
        json.Append("{\"v\":").Append(Version.ToString(CultureInfo.InvariantCulture));
        Member(json, "id", auditEvent.Type.Id);
        Member(json, "action", auditEvent.Type.Action);
        Member(json, "time", auditEvent.Time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture));
        Member(json, "tenant", auditEvent.Tenant);
        Member(json, "actor", auditEvent.Actor);
        Member(json, "outcome", OutcomeName(auditEvent.Outcome));
        if (auditEvent.Target is { } target)
        {
            json.Append(",\"target\":{\"type\":\"").Append(target.Type).Append("\",\"ids\":[");
            for (var i = 0; i < target.Ids.Count; i++)
            {
                json.Append(i == 0 ? "\"" : ",\"").Append(target.Ids[i]).Append('"');
            }

            json.Append("],\"classes\":{");
            var first = true;
            foreach (var (name, count) in target.Classes.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                json.Append(first ? "\"" : ",\"").Append(name).Append("\":").Append(count.ToString(CultureInfo.InvariantCulture));
                first = false;
            }

            json.Append("}}");
        }

        if (auditEvent.Origin is not null)
        {
            Member(json, "origin", auditEvent.Origin);
        }

        if (auditEvent.Reason is not null)
        {
            Member(json, "reason", auditEvent.Reason);
        }

        json.Append('}');
        var bytes = Encoding.ASCII.GetBytes(json.ToString());
        if (bytes.Length > MaxEntryBytes)
        {
            throw new AuditFormatException(AuditErrorCodes.InvalidEvent, $"the entry is {bytes.Length} bytes; at most {MaxEntryBytes} are allowed.");
        }

        return bytes;
    }

    /// <summary>
    /// Decodes canonical entry bytes. Throws <see cref="AuditFormatException"/> when they are not
    /// JSON of the documented shape, or not the canonical encoding of the event they describe.
    /// </summary>
    public static AuditEvent Decode(ReadOnlySpan<byte> entry)
    {
        if (entry.Length > MaxEntryBytes)
        {
            throw new AuditFormatException(AuditErrorCodes.NotCanonical, $"the entry is {entry.Length} bytes; at most {MaxEntryBytes} are allowed.");
        }

        AuditEvent decoded;
        try
        {
            decoded = Parse(entry);
        }
        catch (JsonException ex)
        {
            throw new AuditFormatException(AuditErrorCodes.NotCanonical, "the entry is not valid JSON.", ex);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            // Not the inner message: it may quote the entry's content (a crafted export could put anything there).
            throw new AuditFormatException(AuditErrorCodes.NotCanonical, "the entry does not have the audit entry shape (a member is missing, unknown, or of the wrong type).", ex);
        }

        if (!Encode(decoded).AsSpan().SequenceEqual(entry))
        {
            throw new AuditFormatException(AuditErrorCodes.NotCanonical, "the entry is not in canonical form (member order, spacing, escapes or time precision differ).");
        }

        return decoded;
    }

    private static AuditEvent Parse(ReadOnlySpan<byte> entry)
    {
        var reader = new Utf8JsonReader(entry, new JsonReaderOptions { MaxDepth = 4 });
        Expect(ref reader, JsonTokenType.StartObject);
        string? id = null, action = null, tenant = null, actor = null, outcome = null, origin = null, reason = null;
        DateTimeOffset? time = null;
        AuditTarget? target = null;
        var version = -1;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            Next(ref reader);
            switch (name)
            {
                case "v": version = reader.GetInt32(); break;
                case "id": id = reader.GetString(); break;
                case "action": action = reader.GetString(); break;
                case "time":
                    time = DateTimeOffset.ParseExact(reader.GetString()!, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
                    break;
                case "tenant": tenant = reader.GetString(); break;
                case "actor": actor = reader.GetString(); break;
                case "outcome": outcome = reader.GetString(); break;
                case "target": target = ParseTarget(ref reader); break;
                case "origin": origin = reader.GetString(); break;
                case "reason": reason = reader.GetString(); break;
                default: throw new FormatException($"unknown member '{Shorten(name)}'");
            }
        }

        if (version != Version)
        {
            throw new FormatException($"format version {version} is not {Version}");
        }

        return new AuditEvent
        {
            Type = new AuditEventType(id ?? throw Missing("id"), action ?? throw Missing("action")),
            Time = time ?? throw Missing("time"),
            Tenant = tenant ?? throw Missing("tenant"),
            Actor = actor ?? throw Missing("actor"),
            Outcome = ParseOutcome(outcome ?? throw Missing("outcome")),
            Target = target,
            Origin = origin,
            Reason = reason,
        };
    }

    private static AuditTarget ParseTarget(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException("target is not an object");
        }

        string? type = null;
        var ids = new List<string>();
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            Next(ref reader);
            switch (name)
            {
                case "type": type = reader.GetString(); break;
                case "ids":
                    while (Next(ref reader) != JsonTokenType.EndArray)
                    {
                        ids.Add(reader.GetString()!);
                    }

                    break;
                case "classes":
                    while (Next(ref reader) == JsonTokenType.PropertyName)
                    {
                        var className = reader.GetString()!;
                        Next(ref reader);
                        if (!classes.TryAdd(className, reader.GetInt32()))
                        {
                            throw new FormatException("a class is listed twice");
                        }
                    }

                    break;
                default: throw new FormatException($"unknown target member '{Shorten(name)}'");
            }
        }

        return new AuditTarget { Type = type ?? throw Missing("target.type"), Ids = ids, Classes = classes };
    }

    private static void Validate(AuditEvent e)
    {
        CheckEventId(e.Type.Id);
        Check(e.Type.Action, ActionAlphabet, "action");
        Check(e.Tenant, IdentifierAlphabet, "tenant");
        if (!AuditActor.IsValid(e.Actor))
        {
            throw new AuditFormatException(AuditErrorCodes.InvalidEvent, "the actor must be 'anonymous', 'system:<component>', or a customer or staff pseudonym (never a name or an email).");
        }

        if (e.Time.UtcDateTime.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            throw new AuditFormatException(AuditErrorCodes.InvalidEvent, "the time must be whole milliseconds (use AuditLedger's clock, which truncates).");
        }

        if (!Enum.IsDefined(e.Outcome))
        {
            throw new AuditFormatException(AuditErrorCodes.InvalidEvent, "the outcome is not one of success, denied, failure.");
        }

        if (e.Target is { } target)
        {
            Check(target.Type, IdentifierAlphabet, "target.type");
            ArgumentNullException.ThrowIfNull(target.Ids);
            ArgumentNullException.ThrowIfNull(target.Classes);
            foreach (var id in target.Ids)
            {
                Check(id, IdentifierAlphabet, "target.ids");
            }

            foreach (var (name, count) in target.Classes)
            {
                Check(name, IdentifierAlphabet, "target.classes");
                if (count < 1)
                {
                    throw new AuditFormatException(AuditErrorCodes.InvalidEvent, "a class count must be at least 1.");
                }
            }
        }

        if (e.Origin is not null)
        {
            Check(e.Origin, IdentifierAlphabet, "origin");
        }

        if (e.Reason is not null)
        {
            Check(e.Reason, ActionAlphabet, "reason");
        }
    }

    private static void CheckEventId(string? id)
    {
        // CONF-AUD-001: "CONF-", an upper-case area, "-", three digits.
        var valid = id is { Length: >= 10 and <= 20 }
            && id.StartsWith("CONF-", StringComparison.Ordinal)
            && id[^4] == '-'
            && !id.AsSpan(id.Length - 3).ContainsAnyExceptInRange('0', '9')
            && id.Length - 9 > 0
            && !id.AsSpan(5, id.Length - 9).ContainsAnyExceptInRange('A', 'Z');
        if (!valid)
        {
            throw new AuditFormatException(AuditErrorCodes.InvalidEvent, "the event id must look like CONF-AUD-001.");
        }
    }

    private static void Check(string? value, string alphabet, string field)
    {
        // The reason: if a field could hold free text, a value could end up in the log. Never echo the field.
        if (string.IsNullOrEmpty(value) || value.Length > MaxIdentifierLength || value.AsSpan().ContainsAnyExcept(SearchValuesFor(alphabet)))
        {
            throw new AuditFormatException(AuditErrorCodes.InvalidEvent, $"{field} must be 1 to {MaxIdentifierLength} characters of an identifier alphabet (letters, digits and ._:/+=*-; no @, so no email fits); audit fields hold ids and codes, never text.");
        }
    }

    private static SearchValues<char> SearchValuesFor(string alphabet) =>
        ReferenceEquals(alphabet, ActionAlphabet) ? ActionChars : IdentifierChars;

    private static readonly SearchValues<char> IdentifierChars = SearchValues.Create(IdentifierAlphabet);
    private static readonly SearchValues<char> ActionChars = SearchValues.Create(ActionAlphabet);

    private static void Member(StringBuilder json, string name, string value) =>
        json.Append(",\"").Append(name).Append("\":\"").Append(value).Append('"');

    private static string OutcomeName(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => "success",
        AuditOutcome.Denied => "denied",
        AuditOutcome.Failure => "failure",
        _ => throw new AuditFormatException(AuditErrorCodes.InvalidEvent, "the outcome is not one of success, denied, failure."),
    };

    private static AuditOutcome ParseOutcome(string name) => name switch
    {
        "success" => AuditOutcome.Success,
        "denied" => AuditOutcome.Denied,
        "failure" => AuditOutcome.Failure,
        _ => throw new FormatException("unknown outcome"),
    };

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new FormatException("the entry ends early");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type)
        {
            throw new FormatException($"expected {type}");
        }
    }

    private static FormatException Missing(string member) => new($"member '{member}' is missing");

    // Member names come from the entry; keep error messages short and free of arbitrary content.
    private static string Shorten(string? name) =>
        name is null ? "" : name.Length <= 20 && !name.AsSpan().ContainsAnyExcept(IdentifierChars) ? name : "(not an identifier)";
}
