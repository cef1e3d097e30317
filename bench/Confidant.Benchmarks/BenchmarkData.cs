using System.Text;
using System.Text.Json;

namespace Confidant.Benchmarks;

/// <summary>
/// The texts the benchmarks scan: the labelled corpus (eval/corpus/chat-messages.jsonl, found by
/// walking up to the repository root) or, when it is absent, synthetic chat messages from a fixed
/// seed. Deterministic, so the host process and the benchmark process see the same data.
/// </summary>
public static class BenchmarkData
{
    /// <summary>Messages per set; a constant because OperationsPerInvoke must be one.</summary>
    public const int MessagesPerSet = 256;

    /// <summary>Messages in the conversation benchmark.</summary>
    public const int ConversationLength = 6;

    /// <summary>Target size of the long document, under the detector's 1 MiB default limit.</summary>
    public const int LongDocumentChars = 1_000_000;

    private static readonly Lazy<(List<string> Benign, List<string> WithFindings, List<List<string>> Conversations, string Source, List<string> All)> Loaded = new(Load);

    /// <summary>Where the messages came from (corpus path, or "synthetic").</summary>
    public static string Source => Loaded.Value.Source;

    /// <summary><see cref="MessagesPerSet"/> messages without sensitive values.</summary>
    public static string[] BenignMessages() => Take(Loaded.Value.Benign, MessagesPerSet);

    /// <summary><see cref="MessagesPerSet"/> messages with at least one sensitive value.</summary>
    public static string[] MessagesWithFindings() => Take(Loaded.Value.WithFindings, MessagesPerSet);

    /// <summary>How many messages the corpus-mix benchmark scans per invocation.</summary>
    public const int MixedMessages = 4096;

    /// <summary>The first <see cref="MixedMessages"/> corpus messages in file order: benign and sensitive as the corpus mixes them.</summary>
    public static string[] MixedCorpusMessages() => Take(Loaded.Value.All, MixedMessages);

    /// <summary>Every corpus message in file order (or the synthetic set).</summary>
    public static IReadOnlyList<string> AllMessages() => Loaded.Value.All;

    /// <summary>A conversation of <see cref="ConversationLength"/> messages.</summary>
    public static string[] Conversation()
    {
        var longest = Loaded.Value.Conversations.Where(c => c.Count >= ConversationLength).FirstOrDefault();
        return longest is not null
            ? [.. longest.Take(ConversationLength)]
            : Take([.. Loaded.Value.WithFindings.Take(3), .. Loaded.Value.Benign.Take(3)], ConversationLength);
    }

    /// <summary>About <see cref="LongDocumentChars"/> chars of messages, one per line, benign and sensitive mixed as in the corpus.</summary>
    public static string LongDocument()
    {
        var (benign, withFindings, _, _, _) = Loaded.Value;
        var builder = new StringBuilder(LongDocumentChars + 1024);
        for (var i = 0; builder.Length < LongDocumentChars; i++)
        {
            // Roughly the corpus mix: one message with findings for every two benign ones.
            var message = i % 3 == 2 ? withFindings[i / 3 % withFindings.Count] : benign[i % benign.Count];
            builder.Append(message).Append('\n');
        }

        return builder.ToString(0, LongDocumentChars);
    }

    /// <summary>The UTF-8 size of <see cref="LongDocument"/>, for MB/s.</summary>
    public static long LongDocumentUtf8Bytes => LongDocumentBytes.Value;

    private static readonly Lazy<long> LongDocumentBytes = new(() => Encoding.UTF8.GetByteCount(LongDocument()));

    private static string[] Take(List<string> source, int count)
    {
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = source[i % source.Count];
        }

        return result;
    }

    private static (List<string>, List<string>, List<List<string>>, string, List<string>) Load()
    {
        var path = FindCorpus();
        if (path is null)
        {
            var (benign, sensitive) = SyntheticMessages.Generate(400, seed: 20240601);
            return (benign, sensitive, [], "synthetic", [.. benign, .. sensitive]);
        }

        var benignMessages = new List<string>();
        var withFindings = new List<string>();
        var all = new List<string>();
        var conversations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            var hasSpans = root.TryGetProperty("spans", out var spans) && spans.GetArrayLength() > 0;
            (hasSpans ? withFindings : benignMessages).Add(text);
            all.Add(text);
            if (root.TryGetProperty("conversation", out var conversation) && conversation.GetString() is { } id)
            {
                if (!conversations.TryGetValue(id, out var messages))
                {
                    messages = [];
                    conversations.Add(id, messages);
                }

                messages.Add(text);
            }
        }

        if (benignMessages.Count == 0 || withFindings.Count == 0)
        {
            var (benign, sensitive) = SyntheticMessages.Generate(400, seed: 20240601);
            benignMessages.AddRange(benign);
            withFindings.AddRange(sensitive);
            all.AddRange(benign);
            all.AddRange(sensitive);
        }

        return (benignMessages, withFindings, [.. conversations.Values], path, all);
    }

    /// <summary>eval/corpus/chat-messages.jsonl in the repository (the folder holding Confidant.slnx), if present.</summary>
    private static string? FindCorpus()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Confidant.slnx")))
                {
                    var corpus = Path.Combine(directory.FullName, "eval", "corpus", "chat-messages.jsonl");
                    return File.Exists(corpus) ? corpus : null;
                }
            }
        }

        return null;
    }
}
