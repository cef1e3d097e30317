namespace Confidant.Detection.Validators;

/// <summary>
/// IBAN lengths per country from the ISO 13616 registry (SWIFT IBAN Registry). Stored as a 26×26
/// table indexed by the two letters so a lookup is two subtractions.
/// </summary>
internal static class IbanRegistry
{
    private static readonly byte[] Lengths = Build();

    /// <summary>The IBAN length of the country <paramref name="a"/><paramref name="b"/> (either case), or 0 when it has no IBAN.</summary>
    public static int LengthOf(char a, char b)
    {
        var x = (a | 0x20) - 'a';
        var y = (b | 0x20) - 'a';
        return (uint)x < 26 && (uint)y < 26 && char.IsAsciiLetter(a) && char.IsAsciiLetter(b) ? Lengths[(x * 26) + y] : 0;
    }

    private static byte[] Build()
    {
        // Country code and total IBAN length, check digits included.
        ReadOnlySpan<(string Code, byte Length)> registry =
        [
            ("AD", 24), ("AE", 23), ("AL", 28), ("AT", 20), ("AZ", 28), ("BA", 20), ("BE", 16), ("BG", 22),
            ("BH", 22), ("BI", 27), ("BR", 29), ("BY", 28), ("CH", 21), ("CR", 22), ("CY", 28), ("CZ", 24),
            ("DE", 22), ("DJ", 27), ("DK", 18), ("DO", 28), ("EE", 20), ("EG", 29), ("ES", 24), ("FI", 18),
            ("FK", 18), ("FO", 18), ("FR", 27), ("GB", 22), ("GE", 22), ("GI", 23), ("GL", 18), ("GR", 27),
            ("GT", 28), ("HN", 28), ("HR", 21), ("HU", 28), ("IE", 22), ("IL", 23), ("IQ", 23), ("IS", 26),
            ("IT", 27), ("JO", 30), ("KW", 30), ("KZ", 20), ("LB", 28), ("LC", 32), ("LI", 21), ("LT", 20),
            ("LU", 20), ("LV", 21), ("LY", 25), ("MC", 27), ("MD", 24), ("ME", 22), ("MK", 19), ("MN", 20),
            ("MR", 27), ("MT", 31), ("MU", 30), ("NI", 28), ("NL", 18), ("NO", 15), ("OM", 23), ("PK", 24),
            ("PL", 28), ("PS", 29), ("PT", 25), ("QA", 29), ("RO", 24), ("RS", 22), ("RU", 33), ("SA", 24),
            ("SC", 31), ("SD", 18), ("SE", 24), ("SI", 19), ("SK", 24), ("SM", 27), ("SO", 23), ("ST", 25),
            ("SV", 28), ("TL", 23), ("TN", 24), ("TR", 26), ("UA", 29), ("VA", 22), ("VG", 24), ("XK", 20),
            ("YE", 30),
        ];

        var table = new byte[26 * 26];
        foreach (var (code, length) in registry)
        {
            table[((code[0] - 'A') * 26) + (code[1] - 'A')] = length;
        }

        return table;
    }
}
