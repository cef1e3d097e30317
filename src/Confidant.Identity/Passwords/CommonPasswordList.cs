using System.Collections.Frozen;
using System.Text;

namespace Confidant.Identity.Passwords;

/// <summary>
/// The hand-written list of common passwords and the words they are built from
/// (<c>common-passwords.txt</c>, one lowercase entry a line, <c>#</c> starts a comment), loaded
/// from the assembly once, on first use.
/// </summary>
internal static class CommonPasswordList
{
    private const string ResourceName = "Confidant.Identity.Passwords.common-passwords.txt";

    private static readonly Lazy<Entries> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every entry.</summary>
    public static FrozenSet<string> Words => Data.Value.Words;

    /// <summary>True when <paramref name="text"/> (lowercase) is an entry.</summary>
    public static bool Contains(ReadOnlySpan<char> text) => Data.Value.Lookup.Contains(text);

    /// <summary>The entries as written in the file, comments and blank lines left out, for tests of the file itself.</summary>
    internal static IEnumerable<string> ReadLines()
    {
        using var stream = typeof(CommonPasswordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    private static Entries Load()
    {
        var words = ReadLines().Select(line => line.Trim().ToLowerInvariant()).Where(line => line.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        return new Entries(words, words.GetAlternateLookup<ReadOnlySpan<char>>());
    }

    private sealed record Entries(FrozenSet<string> Words, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup);
}
