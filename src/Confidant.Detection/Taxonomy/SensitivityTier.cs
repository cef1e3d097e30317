namespace Confidant.Detection.Taxonomy;

/// <summary>How much harm a leaked value of a data class can do; drives default policies.</summary>
public enum SensitivityTier
{
    /// <summary>Nothing to protect.</summary>
    Public = 0,

    /// <summary>Coarse data that minimisation prefers (city, postcode).</summary>
    Internal = 1,

    /// <summary>Personal or financial data that identifies or profiles a person.</summary>
    Confidential = 2,

    /// <summary>Data whose leak causes direct harm: cards, government ids, credentials, health.</summary>
    Restricted = 3,
}
