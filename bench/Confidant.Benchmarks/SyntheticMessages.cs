namespace Confidant.Benchmarks;

/// <summary>
/// Chat-like messages for when the corpus is absent: everyday support-chat phrasing, with and
/// without sensitive values. Values are well-known test numbers or made up from the seed.
/// </summary>
public static class SyntheticMessages
{
    private static readonly string[] BenignTemplates =
    [
        "hi, I ordered a blue jacket last week and it still hasn't arrived, can you check order #{0}?",
        "thanks so much, that fixed it!",
        "what time does the store on Main Street close on Sundays?",
        "the total was ${1}.{2} but I was charged twice",
        "can I change the delivery date to next Friday?",
        "my tracking number shows it was delivered but I never got it",
        "I'm running version 2.{2}.{1} of the app and it keeps crashing",
        "is there a discount if I buy {2} of them?",
        "ok great, I'll wait for the email then 👍",
        "the item {0} is out of stock everywhere, any idea when it's back?",
    ];

    private static readonly string[] SensitiveTemplates =
    [
        "my card is 4111 1111 1111 1111 exp 0{3}/2{3} and the cvv is {2}{3}",
        "you can reach me at jane.doe{2}@example.com or call (415) 555-01{2}",
        "my SSN is 123-45-67{2}, do you need anything else?",
        "please wire it to DE89 3704 0044 0532 0130 00, thanks",
        "the server is at 10.0.{2}.{3} and the backup at 192.168.1.{2}",
        "routing number 021000021 account {0}",
        "I live at {2} Oak Street Apt {3}, Springfield",
        "my name is Maria Gonzalez and my date of birth is 03/1{3}/1985",
        "the password is Tr0ub4dor&{2} but don't tell anyone",
        "I was diagnosed with type 2 diabetes and take metformin daily",
    ];

    /// <summary>Makes <paramref name="count"/> messages of each kind.</summary>
    public static (List<string> Benign, List<string> WithFindings) Generate(int count, int seed)
    {
        var random = new Random(seed);
        var benign = new List<string>(count);
        var sensitive = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            benign.Add(Fill(BenignTemplates[i % BenignTemplates.Length], random));
            sensitive.Add(Fill(SensitiveTemplates[i % SensitiveTemplates.Length], random));
        }

        return (benign, sensitive);
    }

    private static string Fill(string template, Random random) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
            random.Next(100_000, 999_999), random.Next(10, 999), random.Next(10, 99), random.Next(1, 9));
}
