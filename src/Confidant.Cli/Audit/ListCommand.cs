using System.CommandLine;
using System.Globalization;
using System.Text;
using Confidant.Audit.Events;
using Confidant.Audit.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Audit;

/// <summary>
/// <c>confidant audit list [--from N] [--count N] [--tenant T] [--event ID] [--json]</c>: lists
/// audit events through <see cref="AuditReader"/>, so the listing is itself recorded
/// (<see cref="AuditEventTypes.AuditRead"/>, actor <c>system:cli</c>) before anything is shown.
/// Whoever holds the data folder and its key file is an operator of the whole installation.
/// </summary>
internal static class ListCommand
{
    private const int MaxCount = 1000;

    public static Command Create(CliEnvironment environment)
    {
        var data = new AuditDataOptions();
        var from = new Option<string?>("--from") { Description = "The first entry index to look at (default 0)." };
        var count = new Option<string?>("--count") { Description = $"The most events to list, 1 to {MaxCount} (default 100)." };
        var tenant = new Option<string?>("--tenant") { Description = "Only this tenant's events." };
        var eventId = new Option<string?>("--event") { Description = "Only events with this id, such as CONF-AUD-020." };
        var json = new Option<bool>("--json") { Description = "One JSON object per line: {\"index\":N,\"event\":<the canonical entry>}." };

        var command = data.AddTo(new Command("list", "List audit events (one line each, tab-separated); the listing is itself recorded in the log.") { from, count, tenant, eventId, json });
        command.SetAction(p => AuditCommand.Run(environment, () =>
        {
            var query = new AuditQuery
            {
                From = p.GetValue(from) is { } start ? AuditInput.Count(start, "--from") : 0,
                Count = p.GetValue(count) is { } text ? CountOption(text) : 100,
                Tenant = p.GetValue(tenant),
                EventId = p.GetValue(eventId),
            };
            return data.Run(environment, p, async services =>
            {
                var reader = new AuditReaderIdentity(AuditActor.System("cli"), [AuditRoles.Admin], null);
                var events = await services.GetRequiredService<AuditReader>().ListAsync(reader, query).ConfigureAwait(false);
                var line = new StringBuilder(256);
                foreach (var listed in events)
                {
                    line.Clear();
                    if (p.GetValue(json))
                    {
                        // The canonical entry is JSON already, and the exact bytes the leaf hash covers.
                        line.Append("{\"index\":").Append(listed.Index.ToString(CultureInfo.InvariantCulture))
                            .Append(",\"event\":").Append(Encoding.ASCII.GetString(AuditEntryCodec.Encode(listed.Event))).Append('}');
                    }
                    else
                    {
                        AppendColumns(line, listed);
                    }

                    await environment.Out.WriteLineAsync(line).ConfigureAwait(false);
                }

                return AuditExitCodes.Holds;
            });
        }));
        return command;
    }

    /// <summary>
    /// index, time, event id, action, tenant, actor, outcome, target type, target ids, classes,
    /// origin, reason; "-" where absent. No field can hold a tab: every one is drawn from the
    /// entry format's identifier alphabets.
    /// </summary>
    internal static void AppendColumns(StringBuilder line, ListedEvent listed)
    {
        var e = listed.Event;
        string[] columns =
        [
            listed.Index.ToString(CultureInfo.InvariantCulture),
            e.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            e.Type.Id,
            e.Type.Action,
            e.Tenant,
            e.Actor,
            e.Outcome switch { AuditOutcome.Success => "success", AuditOutcome.Denied => "denied", _ => "failure" },
            e.Target?.Type ?? "-",
            e.Target is { Ids.Count: > 0 } target ? string.Join(',', target.Ids) : "-",
            e.Target is { Classes.Count: > 0 } classes ? string.Join(',', classes.Classes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value.ToString(CultureInfo.InvariantCulture)}")) : "-",
            e.Origin ?? "-",
            e.Reason ?? "-",
        ];
        line.AppendJoin('\t', columns);
    }

    private static int CountOption(string text)
    {
        var value = AuditInput.Count(text, "--count");
        return value is >= 1 and <= MaxCount
            ? (int)value
            : throw new AuditInputException(AuditCliErrorCodes.OptionOutOfRange, $"--count is {value}; list 1 to {MaxCount} events at a time (use --from to go on).");
    }
}
