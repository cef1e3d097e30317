using System.Text.RegularExpressions;
using Confidant.Detection.Engine;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Custom;

/// <summary>Builds the recognizers that configuration defines (patterns and the deny-list).</summary>
internal static class CustomRecognizerFactory
{
    public static IEnumerable<IRecognizer> Create(DetectionOptions options)
    {
        var recognizers = new List<IRecognizer>();
        foreach (var custom in options.CustomRecognizers)
        {
            recognizers.Add(CreatePattern(custom));
        }

        if (options.DenyList.Count > 0)
        {
            recognizers.Add(new DenyListRecognizer(options.DenyList.Select(e => (e.Term, ResolveClass(e.DataClass, "custom", SensitivityTier.Confidential)))));
        }

        return recognizers;
    }

    private static PatternRecognizer CreatePattern(CustomRecognizerOptions custom)
    {
        Regex regex;
        try
        {
            // The non-backtracking engine runs in time linear in the input, whatever the pattern.
            regex = new Regex(custom.Pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new InvalidOperationException(
                $"CONF-DET-002: the pattern of custom recognizer '{custom.Id}' is not a valid linear-time .NET regular expression: {e.Message}", e);
        }

        ValidatorRegistry.Validator? validator = null;
        if (!string.IsNullOrEmpty(custom.Validator) && !ValidatorRegistry.TryGet(custom.Validator, out validator))
        {
            throw new InvalidOperationException(
                $"CONF-DET-003: custom recognizer '{custom.Id}' names validator '{custom.Validator}', which does not exist. Known validators: {string.Join(", ", ValidatorRegistry.Names.Order())}.");
        }

        var dataClass = ResolveClass(custom.DataClass, custom.Family, custom.Tier);
        return new PatternRecognizer(custom.Id, dataClass, regex, custom.Validator, validator, custom.ContextWords, custom.Score, custom.RequireContext);
    }

    internal static DataClass ResolveClass(string name, string family, SensitivityTier tier) =>
        DataClasses.TryGet(name, out var builtIn) ? builtIn : DataClass.Custom(name, family, tier);
}
