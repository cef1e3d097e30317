using System.Buffers;
using System.Collections.Frozen;
using Confidant.Detection.Conversation;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Custom;
using Confidant.Detection.Streaming;
using Confidant.Detection.Taxonomy;

namespace Confidant.Detection;

/// <summary>
/// The detector: normalises a text, runs every recognizer over it once, applies thresholds, the
/// allow-list and one overlap resolution, and reports findings in original-text offsets.
/// Immutable and thread-safe.
/// </summary>
public sealed class SensitiveDataDetector : ISensitiveDataDetector
{
    [ThreadStatic]
    private static ScanContext? t_context;

    private readonly IRecognizer[] _recognizers;

    /// <summary>
    /// Each recognizer's <see cref="IRecognizer.Recognize"/>, bound once: a delegate call costs less
    /// than an interface call from a call site that sees some thirty types (chat messages scan 2-3%
    /// faster, measured with the benchmarks' <c>--compare</c>).
    /// </summary>
    private readonly Action<ScanContext>[] _scans;
    private readonly WordLexicon _lexicon;
    private readonly FrozenDictionary<DataClass, double> _thresholds;
    private readonly double _defaultThreshold;
    private readonly FrozenSet<DataClass> _disabled;
    private readonly AllowList _allowList;

    /// <summary>Creates a detector with <paramref name="options"/> (defaults when null).</summary>
    public SensitiveDataDetector(DetectionOptions? options = null)
    {
        Options = options ?? new DetectionOptions();
        var custom = CustomRecognizerFactory.Create(Options);
        _lexicon = Options.ContextWords.Count == 0 ? WordLexicon.Default : WordLexicon.Build(CustomContextWords(Options));
        _disabled = Options.DisabledClasses
            .Select(name => DataClasses.TryGet(name, out var c) ? c : null)
            .OfType<DataClass>()
            .ToFrozenSet();
        var builtIn = Options.UseBuiltInRecognizers ? RecognizerCatalog.CreateBuiltIn(Options) : [];
        _recognizers = [.. builtIn.Concat(custom)
            .Where(r => r.Classes.Any(c => !_disabled.Contains(c)))];
        _scans = [.. _recognizers.Select(r => (Action<ScanContext>)r.Recognize)];
        _defaultThreshold = Options.DefaultThreshold;
        _thresholds = Options.Thresholds
            .Select(kv => (Class: DataClasses.TryGet(kv.Key, out var c) ? c : null, kv.Value))
            .Where(t => t.Class is not null)
            .ToFrozenDictionary(t => t.Class!, t => t.Value);
        _allowList = new AllowList(Options.AllowList);
    }

    /// <summary>The options this detector was built with.</summary>
    public DetectionOptions Options { get; }

    /// <summary>Ids of the recognizers that run, as findings name them.</summary>
    public IReadOnlyList<string> RecognizerIds => [.. _recognizers.SelectMany(r => r.FindingIds)];

    /// <summary>
    /// The farthest a recognizer looks from one char to decide about it (the longest value plus
    /// its context). The streaming scanner holds back this many chars before releasing text.
    /// </summary>
    public static int MaxReach => 512;

    /// <inheritdoc />
    public DetectionResult Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxInputLength)
        {
            throw new InputTooLargeException(text.Length, Options.MaxInputLength);
        }

        if (text.Length == 0)
        {
            return DetectionResult.Empty;
        }

        var context = t_context ??= new ScanContext();
        try
        {
            context.Reset(text, _lexicon);
            foreach (var scan in _scans)
            {
                scan(context);
            }

            return context.CandidateCount == 0 ? DetectionResult.Empty : Resolve(context);
        }
        finally
        {
            context.Clear();
        }
    }

    /// <inheritdoc />
    public ConversationWindow StartConversation() => new(this, Options.ConversationCarryLength, Options.MaxInputLength);

    /// <inheritdoc />
    public StreamingScanner StartStream() => new(this);

    private DetectionResult Resolve(ScanContext context)
    {
        // Most candidates of a clean message are below their threshold: the kept ones are moved to
        // the front of the context's own buffer, so such a message allocates nothing.
        var candidates = context.CandidatesToResolve;
        var keptCount = 0;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (Keeps(context, candidates[i]))
            {
                candidates[keptCount++] = candidates[i];
            }
        }

        if (keptCount == 0)
        {
            return DetectionResult.Empty;
        }

        var kept = candidates[..keptCount];
        var rentedChosen = ArrayPool<int>.Shared.Rent(keptCount);
        var chosenCount = OverlapResolver.Resolve(kept, rentedChosen);
        var findings = new Finding[chosenCount];
        for (var i = 0; i < chosenCount; i++)
        {
            ref readonly var c = ref kept[rentedChosen[i]];
            var (start, end) = context.ToOriginal(c.Start, c.End);
            findings[i] = new Finding(c.Class, start, end, Math.Round(c.Score, 3),
                new FindingExplanation(c.RecognizerId, c.Validator, ContextWordsNear(context, c)));
        }

        ArrayPool<int>.Shared.Return(rentedChosen);
        return new DetectionResult(findings);
    }

    private bool Keeps(ScanContext context, in Candidate candidate) =>
        candidate.Score >= Threshold(candidate.Class) && !_disabled.Contains(candidate.Class) && !_allowList.Contains(context, candidate);

    private double Threshold(DataClass dataClass) =>
        _thresholds.TryGetValue(dataClass, out var t) ? t : _defaultThreshold;

    private static string[] ContextWordsNear(ScanContext context, in Candidate candidate)
    {
        if (candidate.ContextWords is not null)
        {
            return candidate.ContextWords;
        }

        if (candidate.Context == ContextKinds.None)
        {
            return [];
        }

        // Context words are lexicon words: the lexicon hands out its own lower-case copy, so a
        // finding's explanation allocates only its array (a long document has thousands of
        // findings); the distinct words are gathered in the context's reused list.
        var words = context.ContextWordScratch;
        words.Clear();
        var tokens = context.Tokens;
        var first = context.TokenIndexAt(candidate.Start);
        var last = context.TokenIndexAt(candidate.End);
        for (var i = Math.Max(0, first - 8); i < Math.Min(tokens.Length, last + 4); i++)
        {
            if ((tokens[i].Context & candidate.Context) == 0)
            {
                continue;
            }

            var word = context.Lexicon.ContextWordOf(tokens[i].Entry);
            if (!words.Contains(word))
            {
                words.Add(word);
            }
        }

        return [.. words];
    }

    private static IEnumerable<ContextWord> CustomContextWords(DetectionOptions options)
    {
        foreach (var word in options.ContextWords)
        {
            if (ClassContext.TryGet(word.DataClass, out var kinds))
            {
                yield return new ContextWord(word.Word, kinds);
            }
        }
    }
}
