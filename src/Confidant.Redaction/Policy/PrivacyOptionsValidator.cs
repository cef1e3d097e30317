using Confidant.Detection;
using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Tokenization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Confidant.Redaction.Policy;

/// <summary>
/// Validates <see cref="PrivacyOptions"/> at start-up by compiling them: unknown names, weakened
/// profile rules and missing keys stop the host, each with its code and configuration entry.
/// </summary>
internal sealed class PrivacyOptionsValidator(IOptions<DetectionOptions> detectionOptions, IServiceProviderIsService services)
    : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        var (_, errors) = PolicyCompiler.Compile(options, CustomClasses(detectionOptions.Value), services.IsService(typeof(IValueTokenizer)));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => e.ToString()));
    }

    /// <summary>Classes the detector's custom recognizers and deny list declare, which a policy may name.</summary>
    internal static IEnumerable<DataClass> CustomClasses(DetectionOptions options)
    {
        var names = options.CustomRecognizers.Select(r => (r.DataClass, r.Family, r.Tier))
            .Concat(options.DenyList.Select(d => (d.DataClass, "custom", SensitivityTier.Confidential)));
        foreach (var (className, family, tier) in names)
        {
            if (!string.IsNullOrWhiteSpace(className) && !DataClasses.TryGet(className, out _) && className.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'))
            {
                yield return DataClass.Custom(className, family, tier);
            }
        }
    }
}
