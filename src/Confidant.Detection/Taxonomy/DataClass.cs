using Microsoft.Extensions.Compliance.Classification;

namespace Confidant.Detection.Taxonomy;

/// <summary>
/// One kind of sensitive value (a card number, an IBAN, a symptom...). Instances are the fixed
/// set in <see cref="DataClasses"/> plus the ones custom recognizers declare.
/// </summary>
public sealed class DataClass : IEquatable<DataClass>
{
    /// <summary>The taxonomy name used for <see cref="DataClassification.TaxonomyName"/>.</summary>
    public const string TaxonomyName = "Confidant";

    internal DataClass(string name, string family, SensitivityTier tier, string displayName)
    {
        Name = name;
        Family = family;
        Tier = tier;
        DisplayName = displayName;
        Classification = new DataClassification(TaxonomyName, name);
    }

    /// <summary>Stable upper-case label, such as <c>CARD_NUMBER</c>; used in configuration, reports and corpora.</summary>
    public string Name { get; }

    /// <summary>The group the class belongs to: payment, financial, government, credentials, health, contact, network, personal, location.</summary>
    public string Family { get; }

    /// <summary>The sensitivity tier.</summary>
    public SensitivityTier Tier { get; }

    /// <summary>Words a customer understands ("card number").</summary>
    public string DisplayName { get; }

    /// <summary>The class as a Microsoft.Extensions.Compliance classification, for redactors and logging.</summary>
    public DataClassification Classification { get; }

    /// <summary>Creates a class for a custom recognizer. Names are upper case letters, digits and underscores.</summary>
    public static DataClass Custom(string name, string family, SensitivityTier tier, string? displayName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(family);
        foreach (var c in name)
        {
            if (!(c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'))
            {
                throw new ArgumentException("A data class name uses only A-Z, 0-9 and '_'.", nameof(name));
            }
        }

        return new DataClass(name, family, tier, displayName ?? name.Replace('_', ' ').ToLowerInvariant());
    }

    /// <inheritdoc />
    public bool Equals(DataClass? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataClass);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Equality by name.</summary>
    public static bool operator ==(DataClass? left, DataClass? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by name.</summary>
    public static bool operator !=(DataClass? left, DataClass? right) => !(left == right);
}
