using System.Globalization;
using System.Text;

namespace Confidant.Testing.Canaries;

/// <summary>
/// Generates planted values of every class the detector knows, valid where the format has a
/// checksum (Luhn, mod 97), from a seed, and the formattings a leak could take (digits only,
/// grouped, dashed, other case).
/// </summary>
public static class CanaryValues
{
    private static readonly string[] FirstNames = ["Maria", "James", "Amina", "Liam", "Sofia", "Noah", "Olivia", "Mateo", "Hannah", "Lucas"];
    private static readonly string[] LastNames = ["Gonzalez", "Okafor", "Johansson", "Whitaker", "Kowalski", "Fitzgerald", "Moreau", "Delgado", "Lindqvist", "Abernathy"];
    private static readonly string[] Streets = ["Baker Street", "Maple Avenue", "Elm Road", "Harbour Lane", "Kingsway Drive"];
    private static readonly string[] Symptoms = ["chest pain", "shortness of breath", "blurred vision", "persistent cough", "severe migraine"];
    private static readonly string[] Medications = ["metformin", "lisinopril", "atorvastatin", "sertraline", "levothyroxine"];

    /// <summary><paramref name="perClass"/> planted values of each class, deterministic for a seed.</summary>
    public static IReadOnlyList<PlantedValue> Generate(int perClass, int seed = 20261129)
    {
        var random = new Random(seed);
        var values = new List<PlantedValue>();
        for (var i = 0; i < perClass; i++)
        {
            var card = Card(random);
            values.Add(new("CARD_NUMBER", Group(card, 4, ' '), $"hi, I want to buy item #38950{i % 10} my cc is {Group(card, 4, ' ')} exp 01/29"));
            var iban = Iban(random);
            values.Add(new("IBAN", Group(iban, 4, ' '), $"please send the refund to my IBAN {Group(iban, 4, ' ')}"));
            var ssn = Ssn(random);
            values.Add(new("US_SSN", ssn, $"my social security number is {ssn}"));
            var email = $"{Letters(random, 6)}.{Letters(random, 5)}{random.Next(100, 999)}@mailbox-example.org";
            values.Add(new("EMAIL", email, $"you can email me at {email} anytime"));
            var phone = $"+44 20 7946 0{random.Next(0, 1000):000}";
            values.Add(new("PHONE", phone, $"call me back on {phone} please"));
            var ip = $"10.{random.Next(1, 255)}.{random.Next(1, 255)}.{random.Next(1, 255)}";
            values.Add(new("IP_ADDRESS", ip, $"the router says my ip address is {ip}"));
            var password = $"{Letters(random, 5)}{random.Next(1000, 9999)}{Letters(random, 3).ToUpperInvariant()}!";
            values.Add(new("PASSWORD", password, $"my password is {password} just so you can fix it"));
            var apiKey = "AKIA" + Base32(random, 16);
            values.Add(new("API_KEY", apiKey, $"our aws key is {apiKey}"));
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            values.Add(new("PERSON_NAME", name, $"Hello, my name is {name} and I need help"));
            var address = $"{random.Next(100, 9999)} {Streets[random.Next(Streets.Length)]}";
            values.Add(new("STREET_ADDRESS", address, $"ship it to {address}, Springfield"));
            var birth = $"{random.Next(1, 13):00}/{random.Next(1, 29):00}/{random.Next(1940, 2006)}";
            values.Add(new("DATE_OF_BIRTH", birth, $"my date of birth is {birth}"));
            var symptom = Symptoms[random.Next(Symptoms.Length)];
            var medication = Medications[random.Next(Medications.Length)];
            values.Add(new("SYMPTOM", $"{symptom} since {medication}", $"I have had {symptom} since I started {medication}"));
            var cvv = random.Next(100, 1000).ToString(CultureInfo.InvariantCulture);
            values.Add(new("CARD_CVV", $"cvv {cvv}", $"the cvv is {cvv}"));
        }

        return values;
    }

    /// <summary>The value and the forms a leak could take: digits only, grouped by 4 with spaces or dashes, upper and lower case.</summary>
    public static IEnumerable<string> Formattings(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var forms = new HashSet<string>(StringComparer.Ordinal) { value, value.ToUpperInvariant(), value.ToLowerInvariant() };
        // Regrouping only makes sense for values typed in groups (cards, IBANs, SSNs); the digits of
        // an IP address or a date run together are not a way anyone writes them, and short digit
        // runs would match hex-encoded ciphertext in a dump by chance.
        var compact = new string([.. value.Where(char.IsLetterOrDigit)]);
        if (compact.Length >= 9 && value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-'))
        {
            forms.Add(compact);
            forms.Add(Group(compact, 4, ' '));
            forms.Add(Group(compact, 4, '-'));
            if (compact.Length == 15)
            {
                // American Express cards are written 4-6-5.
                forms.Add($"{compact[..4]} {compact[4..10]} {compact[10..]}");
                forms.Add($"{compact[..4]}-{compact[4..10]}-{compact[10..]}");
            }
        }

        // As System.Text.Json writes them ("+44" becomes "\u002B44").
        foreach (var form in forms.ToList())
        {
            forms.Add(System.Text.Json.JsonEncodedText.Encode(form).ToString());
        }

        return forms.Where(f => f.Length >= 8);
    }

    private static string Card(Random random)
    {
        var (prefix, length) = random.Next(3) switch
        {
            0 => ("4", 16),
            1 => ($"5{random.Next(1, 6)}", 16),
            _ => (random.Next(2) == 0 ? "34" : "37", 15),
        };
        var digits = new StringBuilder(prefix);
        while (digits.Length < length - 1)
        {
            digits.Append((char)('0' + random.Next(10)));
        }

        return digits.Append(LuhnCheckDigit(digits.ToString())).ToString();
    }

    private static char LuhnCheckDigit(string payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var d = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private static string Iban(Random random)
    {
        var bban = new StringBuilder();
        for (var i = 0; i < 18; i++)
        {
            bban.Append((char)('0' + random.Next(10)));
        }

        // ISO 13616: move "DE00" to the end, letters to numbers (D=13, E=14), check = 98 - mod 97.
        var numeric = bban + "131400";
        var remainder = 0;
        foreach (var c in numeric)
        {
            remainder = ((remainder * 10) + (c - '0')) % 97;
        }

        return $"DE{98 - remainder:00}{bban}";
    }

    private static string Ssn(Random random)
    {
        int area;
        do
        {
            area = random.Next(1, 900);
        }
        while (area == 666);
        return $"{area:000}-{random.Next(1, 100):00}-{random.Next(1, 10000):0000}";
    }

    private static string Letters(Random random, int count) => new([.. Enumerable.Range(0, count).Select(_ => (char)('a' + random.Next(26)))]);

    private static string Base32(Random random, int count) => new([.. Enumerable.Range(0, count).Select(_ => "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[random.Next(32)])]);

    private static string Group(string value, int size, char separator)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (i > 0 && i % size == 0)
            {
                builder.Append(separator);
            }

            builder.Append(value[i]);
        }

        return builder.ToString();
    }
}
