using System.ComponentModel.DataAnnotations;

namespace Confidant.Detection;

/// <summary>Settings of the detector; bound from configuration section <c>Confidant:Detection</c>.</summary>
public sealed class DetectionOptions
{
    /// <summary>The configuration section these options are usually bound from.</summary>
    public const string SectionName = "Confidant:Detection";

    /// <summary>Largest text one scan accepts, in UTF-16 chars (default 1,048,576). Longer texts are refused with CONF-DET-001.</summary>
    [Range(1, 64 * 1024 * 1024)]
    public int MaxInputLength { get; set; } = 1024 * 1024;

    /// <summary>Score a finding must reach when its class has no threshold of its own (default 0.5).</summary>
    [Range(0.0, 1.0)]
    public double DefaultThreshold { get; set; } = 0.5;

    /// <summary>Thresholds per data class name, such as <c>PERSON_NAME = 0.7</c>.</summary>
    public IDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Classes that are not reported at all (by name). Empty means every class is on.</summary>
    public ISet<string> DisabledClasses { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Regions (ISO 3166 alpha-2) whose national phone formats are recognised; international (+) numbers are always.</summary>
    public IList<string> PhoneRegions { get; } = ["US", "GB", "CA", "DE", "FR", "ES", "IN", "AU"];

    /// <summary>
    /// Whether the built-in recognizers run (default true). Off, only <see cref="CustomRecognizers"/>
    /// and the <see cref="DenyList"/> report anything: for a deployment that wants its own rules only.
    /// </summary>
    public bool UseBuiltInRecognizers { get; set; } = true;

    /// <summary>Extra recognizers from configuration.</summary>
    [Microsoft.Extensions.Options.ValidateEnumeratedItems]
    public IList<CustomRecognizerOptions> CustomRecognizers { get; } = [];

    /// <summary>Values never reported (a support phone number, a test card); compared ignoring case, spaces and punctuation.</summary>
    public IList<string> AllowList { get; } = [];

    /// <summary>Terms always reported as the given class (internal code names, project ids).</summary>
    [Microsoft.Extensions.Options.ValidateEnumeratedItems]
    public IList<DenyListEntry> DenyList { get; } = [];

    /// <summary>Extra context words for built-in classes, for languages or jargon the built-in lists lack.</summary>
    [Microsoft.Extensions.Options.ValidateEnumeratedItems]
    public IList<ContextWordOptions> ContextWords { get; } = [];

    /// <summary>How many trailing chars of earlier messages the conversation window keeps (default 64).</summary>
    [Range(0, 1024)]
    public int ConversationCarryLength { get; set; } = 64;
}

/// <summary>A recognizer defined in configuration: a pattern, an optional named validator and context words.</summary>
public sealed class CustomRecognizerOptions
{
    /// <summary>Id shown in explanations (for example <c>acme.member-id</c>).</summary>
    [Required]
    public string Id { get; set; } = "";

    /// <summary>The data class reported: a built-in name or a new upper-case name.</summary>
    [Required]
    public string DataClass { get; set; } = "";

    /// <summary>Family of a new data class (ignored for built-in classes).</summary>
    public string Family { get; set; } = "custom";

    /// <summary>Tier of a new data class (ignored for built-in classes).</summary>
    public Taxonomy.SensitivityTier Tier { get; set; } = Taxonomy.SensitivityTier.Confidential;

    /// <summary>A .NET regular expression; it is run with the non-backtracking engine so it stays linear.</summary>
    [Required]
    public string Pattern { get; set; } = "";

    /// <summary>Name of a built-in validator: luhn, mod97, iban, aba, npi, ssn, base58check, bech32.</summary>
    public string? Validator { get; set; }

    /// <summary>Words that raise confidence when seen shortly before or after a match.</summary>
    public IList<string> ContextWords { get; } = [];

    /// <summary>Score of a match without context (default 0.6).</summary>
    [Range(0.0, 1.0)]
    public double Score { get; set; } = 0.6;

    /// <summary>When true, a match is reported only when a context word is near.</summary>
    public bool RequireContext { get; set; }
}

/// <summary>A term always reported as a data class.</summary>
public sealed class DenyListEntry
{
    /// <summary>The term, matched case-insensitively on word boundaries.</summary>
    [Required]
    public string Term { get; set; } = "";

    /// <summary>The class reported.</summary>
    [Required]
    public string DataClass { get; set; } = "";
}

/// <summary>A context word for a built-in class.</summary>
public sealed class ContextWordOptions
{
    /// <summary>The word (one word; case-insensitive).</summary>
    [Required]
    public string Word { get; set; } = "";

    /// <summary>The built-in class it points to, such as <c>CARD_NUMBER</c>.</summary>
    [Required]
    public string DataClass { get; set; } = "";
}
