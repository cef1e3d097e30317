namespace Confidant.Redaction.Policy;

/// <summary>One problem in a policy: the stable code, the configuration entry at fault and what to do.</summary>
/// <param name="Code">Stable code, such as <c>CONF-POL-001</c>.</param>
/// <param name="Entry">The configuration path of the offending entry.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record PolicyError(string Code, string Entry, string Message)
{
    /// <summary>"CODE at entry: message".</summary>
    public override string ToString() => $"{Code} at {Entry}: {Message}";
}
