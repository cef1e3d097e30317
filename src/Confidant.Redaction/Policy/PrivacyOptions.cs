namespace Confidant.Redaction.Policy;

/// <summary>
/// The privacy policy of a deployment, bound from configuration section <c>Confidant:Privacy</c>.
/// Names (profiles, classes, actions, sinks, kinds) are strings so that a typo is reported with a
/// stable code and the offending entry at start-up, not as a binder exception.
/// </summary>
public sealed class PrivacyOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Confidant:Privacy";

    /// <summary>
    /// Regulation profiles in force: <c>PciDss</c>, <c>Hipaa</c>, <c>Gdpr</c>. Null (not configured)
    /// means all three; an empty list means none.
    /// </summary>
#pragma warning disable CA2227 // the binder needs a setter to tell "not configured" from "empty"
    public IList<string>? Profiles { get; set; }
#pragma warning restore CA2227

    /// <summary>How a masked card number looks: <c>LastFour</c> (default) or <c>FirstSixLastFour</c>.</summary>
    public string CardMask { get; set; } = nameof(CardMaskStyle.LastFour);

    /// <summary>Per data class name: the action for every sink, actions for named sinks, and the retention period.</summary>
    public IDictionary<string, ClassPolicyOptions> Classes { get; } = new Dictionary<string, ClassPolicyOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra sinks by name (usually connectors), and the agreement flag of each.</summary>
    public IDictionary<string, SinkOptions> Sinks { get; } = new Dictionary<string, SinkOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The key of the keyed-hash action.</summary>
    public HashingOptions Hashing { get; } = new();

    /// <summary>What re-identification does with placeholders not in the conversation's table: <c>Keep</c> (default) or <c>Redact</c>.</summary>
    public string UnknownPlaceholders { get; set; } = nameof(UnknownPlaceholderHandling.Keep);

    /// <summary>Retention of a message without findings, as a time span (<c>365.00:00:00</c>).</summary>
    public string? DefaultRetention { get; set; }
}
