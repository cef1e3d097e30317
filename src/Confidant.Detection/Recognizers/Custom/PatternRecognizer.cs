using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Custom;

/// <summary>A recognizer from configuration: a linear-time regex, an optional validator and context words.</summary>
internal sealed class PatternRecognizer : IRecognizer
{
    private const int ContextTokens = 6;

    private readonly Regex _regex;
    private readonly DataClass _class;
    private readonly string? _validatorName;
    private readonly ValidatorRegistry.Validator? _validator;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _contextWords;
    private readonly bool _hasContextWords;
    private readonly double _score;
    private readonly bool _requireContext;

    public PatternRecognizer(string id, DataClass dataClass, Regex regex, string? validatorName,
        ValidatorRegistry.Validator? validator, IEnumerable<string> contextWords, double score, bool requireContext)
    {
        Id = id;
        _class = dataClass;
        Classes = [dataClass];
        _regex = regex;
        _validatorName = validatorName;
        _validator = validator;
        var words = contextWords.SelectMany(WordLexicon.SplitWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _hasContextWords = words.Count > 0;
        _contextWords = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _score = score;
        _requireContext = requireContext;
    }

    public string Id { get; }

    public IReadOnlyList<DataClass> Classes { get; }

    public void Recognize(ScanContext context)
    {
        var text = context.Text;
        foreach (var match in _regex.EnumerateMatches(text))
        {
            if (match.Length == 0)
            {
                continue;
            }

            var value = text.Slice(match.Index, match.Length);
            if (_validator is not null && !_validator(value))
            {
                continue;
            }

            var contextWord = _hasContextWords ? ContextWordNear(context, match.Index, match.Index + match.Length) : null;
            var hasContext = contextWord is not null;
            if (_requireContext && !hasContext)
            {
                continue;
            }

            var score = _score;
            if (_validator is not null)
            {
                score = Math.Max(score, Scores.Validated);
            }

            if (hasContext)
            {
                score = Math.Min(1.0, score + 0.25);
            }

            context.Add(_class, match.Index, match.Index + match.Length, score, Id, _validatorName,
                contextWords: hasContext ? [contextWord!.ToLowerInvariant()] : null);
        }
    }

    private string? ContextWordNear(ScanContext context, int start, int end)
    {
        var tokens = context.Tokens;
        var first = context.TokenIndexAt(start);
        var last = context.TokenIndexAt(end);
        for (var i = Math.Max(0, first - ContextTokens); i < Math.Min(tokens.Length, last + 3); i++)
        {
            if (i >= first && i < last)
            {
                continue;
            }

            if (_contextWords.TryGetValue(context.Text.Slice(tokens[i].Start, tokens[i].Length), out var word))
            {
                return word;
            }
        }

        return null;
    }
}
