namespace Confidant.Detection.Recognizers.Contact;

/// <summary>What a word can be inside a street address.</summary>
[Flags]
internal enum StreetWordKinds : byte
{
    None = 0,

    /// <summary>Street, Rd, Avenue...: ends an English street name.</summary>
    Suffix = 1,

    /// <summary>min, days, miles...: "20 min drive" is a distance, not an address.</summary>
    Measure = 2,

    /// <summary>Calle, Avenida...: opens a Spanish street name.</summary>
    SpanishType = 4,

    /// <summary>rue, boulevard...: follows the number in a French address.</summary>
    FrenchType = 8,

    /// <summary>de, la, du...: small words inside Spanish and French street names.</summary>
    Particle = 16,
}
