using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Custom;
using Confidant.Detection.Taxonomy;
using Microsoft.Extensions.Options;

namespace Confidant.Detection;

/// <summary>Validates <see cref="DetectionOptions"/> at start-up; the checks attributes cannot express live here.</summary>
[OptionsValidator]
internal sealed partial class DetectionOptionsAttributeValidator : IValidateOptions<DetectionOptions>;

/// <summary>Validates <see cref="DetectionOptions"/>, with messages that say what to fix.</summary>
internal sealed class DetectionOptionsValidator : IValidateOptions<DetectionOptions>
{
    private readonly DetectionOptionsAttributeValidator _attributes = new();

    public ValidateOptionsResult Validate(string? name, DetectionOptions options)
    {
        var failures = new List<string>();
        var attributeResult = _attributes.Validate(name, options);
        if (attributeResult.Failed)
        {
            failures.AddRange(attributeResult.Failures);
        }

        foreach (var (className, threshold) in options.Thresholds)
        {
            if (!DataClasses.TryGet(className, out _) && !options.CustomRecognizers.Any(c => string.Equals(c.DataClass, className, StringComparison.OrdinalIgnoreCase)))
            {
                failures.Add($"Thresholds: '{className}' is not a data class.");
            }

            if (threshold is < 0 or > 1)
            {
                failures.Add($"Thresholds: the threshold of {className} must be between 0 and 1.");
            }
        }

        foreach (var className in options.DisabledClasses)
        {
            if (!DataClasses.TryGet(className, out _))
            {
                failures.Add($"DisabledClasses: '{className}' is not a data class.");
            }
        }

        foreach (var word in options.ContextWords)
        {
            if (!ClassContext.TryGet(word.DataClass, out _))
            {
                failures.Add($"ContextWords: '{word.DataClass}' is not a built-in data class that takes context words (the national ids of other countries are named in code).");
            }
        }

        foreach (var region in options.PhoneRegions)
        {
            if (!PhoneNumbers.PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(region))
            {
                failures.Add($"PhoneRegions: '{region}' is not a region libphonenumber knows (use ISO 3166 alpha-2 such as US, GB).");
            }
        }

        try
        {
            _ = CustomRecognizerFactory.Create(options).ToList();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            failures.Add(e.Message);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
