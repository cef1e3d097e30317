namespace Confidant.Redaction.Policy;

/// <summary>
/// A named destination of a message. The built-in sinks are below; configuration adds more under
/// <c>Confidant:Privacy:Sinks</c> (usually third-party connectors). Equality is by name.
/// </summary>
public sealed class Sink : IEquatable<Sink>
{
    internal Sink(string name, SinkKind kind, bool hasBusinessAssociateAgreement)
    {
        Name = name;
        Kind = kind;
        HasBusinessAssociateAgreement = hasBusinessAssociateAgreement;
    }

    /// <summary>The bot logic (dialog engine).</summary>
    public static Sink Bot { get; } = new("bot", SinkKind.Bot, false);

    /// <summary>The transcript view.</summary>
    public static Sink Transcript { get; } = new("transcript", SinkKind.Transcript, false);

    /// <summary>Logs and telemetry.</summary>
    public static Sink Logs { get; } = new("logs", SinkKind.Logs, false);

    /// <summary>Analytics.</summary>
    public static Sink Analytics { get; } = new("analytics", SinkKind.Analytics, false);

    /// <summary>A human agent.</summary>
    public static Sink HumanAgent { get; } = new("agent", SinkKind.HumanAgent, false);

    /// <summary>The echo back to the customer.</summary>
    public static Sink Echo { get; } = new("echo", SinkKind.Echo, false);

    /// <summary>The built-in sinks, always present.</summary>
    public static IReadOnlyList<Sink> BuiltIn { get; } = [Bot, Transcript, Logs, Analytics, HumanAgent, Echo];

    /// <summary>Lower-case name, such as <c>bot</c> or <c>crm</c>.</summary>
    public string Name { get; }

    /// <summary>What kind of destination it is.</summary>
    public SinkKind Kind { get; }

    /// <summary>For connectors: a HIPAA business-associate agreement covers this vendor.</summary>
    public bool HasBusinessAssociateAgreement { get; }

    /// <summary>Creates a connector sink (normally defined in configuration; this is for code and tests).</summary>
    public static Sink Connector(string name, bool hasBusinessAssociateAgreement = false)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"{RedactionErrorCodes.InvalidSinkName}: a sink name uses a-z, 0-9, '-', '_' and '.'.", nameof(name));
        }

        return new Sink(name, SinkKind.Connector, hasBusinessAssociateAgreement);
    }

    internal static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 64 && name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.');

    /// <inheritdoc />
    public bool Equals(Sink? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Sink);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
