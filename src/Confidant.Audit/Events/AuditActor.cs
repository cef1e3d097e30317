using System.Buffers;

namespace Confidant.Audit.Events;

/// <summary>
/// The forms an event's actor may take: <c>customer:&lt;pseudonym&gt;</c> and
/// <c>staff:&lt;pseudonym&gt;</c> (keyed per subject by <see cref="AuditPseudonyms"/>, so erasing
/// the subject's keys unlinks them), <c>system:&lt;component&gt;</c> for Confidant's own jobs and
/// tools, <c>service:&lt;name&gt;</c> for a bot, connector or other calling service, and
/// <c>anonymous</c> for a visitor who has not signed in.
/// </summary>
public static class AuditActor
{
    /// <summary>A visitor who has not signed in.</summary>
    public const string Anonymous = "anonymous";

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");
    private static readonly SearchValues<char> ComponentChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>A part of Confidant acting on its own, such as <c>retention-job</c> or <c>cli</c>.</summary>
    public static string System(string component)
    {
        ArgumentException.ThrowIfNullOrEmpty(component);
        var actor = "system:" + component;
        if (!IsValid(actor))
        {
            throw new ArgumentException("A system component name is 1 to 64 lower-case letters, digits and hyphens.", nameof(component));
        }

        return actor;
    }

    /// <summary>A calling service (a bot, a connector), such as <c>payments</c>.</summary>
    public static string Service(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var actor = "service:" + name;
        if (!IsValid(actor))
        {
            throw new ArgumentException("A service name is 1 to 64 lower-case letters, digits and hyphens.", nameof(name));
        }

        return actor;
    }

    /// <summary>True when <paramref name="actor"/> has one of the allowed forms.</summary>
    public static bool IsValid(string? actor)
    {
        if (actor is null)
        {
            return false;
        }

        if (actor == Anonymous)
        {
            return true;
        }

        var colon = actor.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        var kind = actor.AsSpan(0, colon);
        var rest = actor.AsSpan(colon + 1);
        return kind switch
        {
            "customer" or "staff" => rest.Length == AuditPseudonyms.HexLength && !rest.ContainsAnyExcept(LowerHex),
            "system" or "service" => rest.Length is > 0 and <= 64 && !rest.ContainsAnyExcept(ComponentChars),
            _ => false,
        };
    }
}
