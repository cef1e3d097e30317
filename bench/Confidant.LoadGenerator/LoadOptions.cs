using System.Globalization;

namespace Confidant.LoadGenerator;

/// <summary>The generator's limits and target, from the command line.</summary>
internal sealed record LoadOptions
{
    public Uri Url { get; init; } = new("https://127.0.0.1:5443");

    public int Conversations { get; init; } = 200;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public long MaxMessages { get; init; } = 2_000_000;

    public string? CertificateFingerprint { get; init; }

    public string? JsonOut { get; init; }

    public string Label { get; init; } = "run";

    /// <summary>
    /// Messages per second over all conversations (open loop: each conversation sends on a fixed
    /// schedule and latency counts from when a message was due, so a slow server is not hidden by
    /// sending less); 0 sends as fast as replies come back (closed loop).
    /// </summary>
    public int Rate { get; init; }

    /// <summary>Messages before a customer ends the conversation and starts a new one (chats are short; a conversation's state grows with what was said).</summary>
    public int MessagesPerConversation { get; init; } = 20;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--url" => options with { Url = new Uri(Next()) },
                "--conversations" => options with { Conversations = Bounded(int.Parse(Next(), CultureInfo.InvariantCulture), 1, 5000, "--conversations") },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Bounded(int.Parse(Next(), CultureInfo.InvariantCulture), 1, 3600, "--duration")) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Bounded(int.Parse(Next(), CultureInfo.InvariantCulture), 0, 600, "--warmup")) },
                "--max-messages" => options with { MaxMessages = Bounded(long.Parse(Next(), CultureInfo.InvariantCulture), 1, 100_000_000, "--max-messages") },
                "--fingerprint" => options with { CertificateFingerprint = Next().Replace(":", "", StringComparison.Ordinal).ToUpperInvariant() },
                "--json" => options with { JsonOut = Next() },
                "--label" => options with { Label = Next() },
                "--messages-per-conversation" => options with { MessagesPerConversation = Bounded(int.Parse(Next(), CultureInfo.InvariantCulture), 1, 1_000_000, "--messages-per-conversation") },
                "--rate" => options with { Rate = Bounded(int.Parse(Next(), CultureInfo.InvariantCulture), 0, 1_000_000, "--rate") },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        if (options.Url.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("the server is HTTPS only; --url must start with https://");
        }

        return options;
    }

    private static T Bounded<T>(T value, T min, T max, string name)
        where T : IComparable<T> =>
        value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0 ? value : throw new ArgumentException($"{name} must be between {min} and {max}.");
}
