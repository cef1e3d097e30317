namespace Confidant.Dialog.Backends.Healthcare;

/// <summary>
/// What a triage backend needs, and nothing more: coarse symptom codes from a fixed vocabulary, how
/// long, and vault tokens of what the customer actually said (for the clinical record, readable only
/// by a clinician through the vault).
/// </summary>
/// <param name="SymptomCodes">1 to 10 codes of <see cref="Healthcare.SymptomCodes.All"/>; anything else (free text) is refused.</param>
/// <param name="DurationDays">How many days the symptoms have lasted, 0 to 3650.</param>
/// <param name="SymptomTokens">0 to 20 vault tokens of the customer's words; anything that is not a token is refused.</param>
public sealed record TriageRequest(IReadOnlyList<string> SymptomCodes, int DurationDays, IReadOnlyList<string> SymptomTokens)
{
    /// <summary>The symptom codes.</summary>
    public IReadOnlyList<string> SymptomCodes { get; } = CheckCodes(SymptomCodes, nameof(SymptomCodes));

    /// <summary>The duration in days.</summary>
    public int DurationDays { get; } = CheckDuration(DurationDays, nameof(DurationDays));

    /// <summary>The vault tokens.</summary>
    public IReadOnlyList<string> SymptomTokens { get; } = CheckTokens(SymptomTokens, nameof(SymptomTokens));

    /// <summary>Shows counts only: symptoms are health data, even as codes.</summary>
    public override string ToString() => $"TriageRequest {{ SymptomCodes = {SymptomCodes.Count}, SymptomTokens = {SymptomTokens.Count} }}";

    private static string[] CheckCodes(IReadOnlyList<string> codes, string paramName)
    {
        ArgumentNullException.ThrowIfNull(codes, paramName);
        if (codes.Count is < 1 or > 10)
        {
            throw new ArgumentException("A triage request has 1 to 10 symptom codes.", paramName);
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] is null || !Healthcare.SymptomCodes.All.Contains(codes[i]))
            {
                throw new ArgumentException($"Symptom code {i} is not in the vocabulary of SymptomCodes (free text is never sent).", paramName);
            }
        }

        return [.. codes.Distinct(StringComparer.Ordinal)];
    }

    private static int CheckDuration(int days, string paramName)
    {
        if (days is < 0 or > 3650)
        {
            throw new ArgumentOutOfRangeException(paramName, "A duration is 0 to 3650 days.");
        }

        return days;
    }

    private static string[] CheckTokens(IReadOnlyList<string> tokens, string paramName)
    {
        ArgumentNullException.ThrowIfNull(tokens, paramName);
        if (tokens.Count > 20)
        {
            throw new ArgumentException("A triage request has at most 20 symptom tokens.", paramName);
        }

        foreach (var token in tokens)
        {
            BackendArguments.VaultToken(token, paramName);
        }

        return [.. tokens];
    }
}
