namespace Confidant.Redaction.Policy;

/// <summary>The policy of one data class.</summary>
public sealed class ClassPolicyOptions
{
    /// <summary>The action for every sink not named in <see cref="Sinks"/>; null keeps the profile default.</summary>
    public string? Action { get; set; }

    /// <summary>Actions for named sinks (built-in or configured).</summary>
    public IDictionary<string, string> Sinks { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a message holding this class may be kept, as a time span (<c>30.00:00:00</c>); Storage reads it.</summary>
    public string? Retention { get; set; }
}
