using System.Globalization;
using Confidant.Detection.Taxonomy;
using Microsoft.Extensions.Compliance.Redaction;

namespace Confidant.Redaction.Policy;

/// <summary>
/// Turns <see cref="PrivacyOptions"/> into a <see cref="PrivacyPolicy"/>, collecting every error
/// (unknown names, weakened profile rules, missing keys) with its code and configuration entry.
/// </summary>
internal static class PolicyCompiler
{
    private const string Root = PrivacyOptions.SectionName;
    private const int MinimumHashKeyBytes = 32;

    /// <param name="options">The options.</param>
    /// <param name="customClasses">Classes custom recognizers declare, which the policy may name.</param>
    /// <param name="tokenizerAvailable">Whether an <c>IValueTokenizer</c> is registered; null when unknown.</param>
    public static (PrivacyPolicy? Policy, IReadOnlyList<PolicyError> Errors) Compile(
        PrivacyOptions options, IEnumerable<DataClass> customClasses, bool? tokenizerAvailable)
    {
        var errors = new List<PolicyError>();
        var profiles = ParseProfiles(options, errors);
        var cardMask = ParseEnum<CardMaskStyle>(options.CardMask, $"{Root}:CardMask", RedactionErrorCodes.UnknownCardMask, "card mask", errors);
        var unknownPlaceholders = ParseEnum<UnknownPlaceholderHandling>(
            options.UnknownPlaceholders, $"{Root}:UnknownPlaceholders", RedactionErrorCodes.UnknownPlaceholderHandling, "placeholder handling", errors);
        var defaultRetention = options.DefaultRetention is null
            ? RetentionDefaults.Message
            : ParseRetention(options.DefaultRetention, $"{Root}:DefaultRetention", errors) ?? RetentionDefaults.Message;

        var sinks = CompileSinks(options, errors);
        var classes = DataClasses.All.Concat(customClasses).DistinctBy(c => c.Name).ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

        // Explicit choices: (class, sink index) -> (action, entry), and class-wide defaults.
        var explicitActions = new Dictionary<(string Class, int Sink), (RedactionAction Action, string Entry)>();
        var classActions = new Dictionary<string, (RedactionAction Action, string Entry)>(StringComparer.Ordinal);
        var retention = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var (className, classOptions) in options.Classes)
        {
            var entry = $"{Root}:Classes:{className}";
            if (classOptions is null)
            {
                continue; // an empty entry in configuration says nothing
            }

            if (!classes.TryGetValue(className, out var dataClass))
            {
                errors.Add(new(RedactionErrorCodes.UnknownDataClass, entry,
                    $"'{className}' is not a data class. Use a built-in name such as CARD_NUMBER or EMAIL, or a class a custom recognizer declares."));
                continue;
            }

            if (classOptions.Action is not null && TryParseAction(classOptions.Action, $"{entry}:Action", errors, out var action))
            {
                classActions[dataClass.Name] = (action, $"{entry}:Action");
            }

            foreach (var (sinkName, actionName) in classOptions.Sinks)
            {
                var sinkEntry = $"{entry}:Sinks:{sinkName}";
                var sinkIndex = sinks.FindIndex(s => string.Equals(s.Name, sinkName, StringComparison.OrdinalIgnoreCase));
                if (sinkIndex < 0)
                {
                    errors.Add(new(RedactionErrorCodes.UnknownSink, sinkEntry,
                        $"'{sinkName}' is not a sink. Built-in sinks: {string.Join(", ", Sink.BuiltIn)}; define others under {Root}:Sinks."));
                    continue;
                }

                if (TryParseAction(actionName, sinkEntry, errors, out var sinkAction))
                {
                    explicitActions[(dataClass.Name, sinkIndex)] = (sinkAction, sinkEntry);
                }
            }

            if (classOptions.Retention is not null && ParseRetention(classOptions.Retention, $"{entry}:Retention", errors) is { } period)
            {
                if (profiles.Contains(PrivacyProfile.Gdpr) && period > RetentionDefaults.For(dataClass))
                {
                    errors.Add(new(RedactionErrorCodes.GdprRetentionTooLong, $"{entry}:Retention",
                        $"GDPR storage limitation: {dataClass.Name} may be kept at most {Days(RetentionDefaults.For(dataClass))}; {Days(period)} would weaken the profile. Shorten it."));
                }
                else
                {
                    retention[dataClass.Name] = period;
                }
            }
        }

        // The table, then the rules against it.
        var table = new Dictionary<string, RedactionAction[]>(StringComparer.Ordinal);
        var usesHash = false;
        var usesTokenize = false;
        foreach (var dataClass in classes.Values)
        {
            var row = new RedactionAction[sinks.Count];
            for (var i = 0; i < sinks.Count; i++)
            {
                var sink = sinks[i];
                string? entry = null;
                if (explicitActions.TryGetValue((dataClass.Name, i), out var chosen))
                {
                    (row[i], entry) = chosen;
                }
                else if (classActions.TryGetValue(dataClass.Name, out var classWide))
                {
                    (row[i], entry) = classWide;
                }
                else
                {
                    row[i] = DefaultActions.For(dataClass, sink, profiles);
                }

                usesHash |= row[i] == RedactionAction.Hash;
                usesTokenize |= row[i] == RedactionAction.Tokenize;
                foreach (var rule in ProfileRules.All)
                {
                    if ((rule.Profile is null || profiles.Contains(rule.Profile.Value)) && rule.AppliesTo(dataClass, sink) && !rule.Permitted.Contains(row[i]))
                    {
                        errors.Add(new(rule.Code, entry ?? $"{Root}:Sinks:{sink.Name}",
                            $"{ProfileRules.ProfileName(rule.Profile)} requires that {rule.Requirement}; '{row[i]}' for {dataClass.Name} in sink '{sink.Name}' would weaken it. " +
                            $"Use one of: {string.Join(", ", rule.Permitted.Order())}."));
                    }
                }
            }

            table[dataClass.Name] = row;
        }

        var hasher = CompileHasher(options.Hashing, usesHash, errors);
        if (usesTokenize && tokenizerAvailable == false)
        {
            errors.Add(new(RedactionErrorCodes.TokenizerMissing, Root,
                "the policy tokenizes values but no IValueTokenizer is registered. Register the token vault (Confidant.Protection) or choose another action."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new PrivacyPolicy(sinks, profiles, classes.Values, table, retention, defaultRetention, cardMask, unknownPlaceholders, hasher, options.Hashing.KeyId), errors);
    }

    private static HashSet<PrivacyProfile> ParseProfiles(PrivacyOptions options, List<PolicyError> errors)
    {
        if (options.Profiles is null)
        {
            return [.. Enum.GetValues<PrivacyProfile>()];
        }

        var profiles = new HashSet<PrivacyProfile>();
        for (var i = 0; i < options.Profiles.Count; i++)
        {
            var name = options.Profiles[i];
            if (IsName(name) && Enum.TryParse<PrivacyProfile>(name, ignoreCase: true, out var profile) && Enum.IsDefined(profile))
            {
                profiles.Add(profile);
            }
            else
            {
                errors.Add(new(RedactionErrorCodes.UnknownProfile, $"{Root}:Profiles:{i}",
                    $"'{name}' is not a profile. Use {string.Join(", ", Enum.GetNames<PrivacyProfile>())}."));
            }
        }

        return profiles;
    }

    private static List<Sink> CompileSinks(PrivacyOptions options, List<PolicyError> errors)
    {
        var sinks = new List<Sink>(Sink.BuiltIn);
        foreach (var (name, sinkOptions) in options.Sinks.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var entry = $"{Root}:Sinks:{name}";
            if (sinkOptions is null)
            {
                continue;
            }

            var builtIn = Sink.BuiltIn.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
            var kind = builtIn?.Kind ?? SinkKind.Connector;
            if (sinkOptions.Kind is not null)
            {
                if (!IsName(sinkOptions.Kind) || !Enum.TryParse(sinkOptions.Kind, ignoreCase: true, out kind) || !Enum.IsDefined(kind))
                {
                    errors.Add(new(RedactionErrorCodes.UnknownSinkKind, $"{entry}:Kind",
                        $"'{sinkOptions.Kind}' is not a sink kind. Use {string.Join(", ", Enum.GetNames<SinkKind>())}."));
                    continue;
                }
            }

            if (builtIn is not null)
            {
                if (kind != builtIn.Kind)
                {
                    errors.Add(new(RedactionErrorCodes.BuiltInSinkKindChanged, $"{entry}:Kind",
                        $"'{builtIn.Name}' is a built-in {builtIn.Kind} sink; its kind cannot change. Give the new sink another name."));
                }

                continue;
            }

            if (!Sink.IsValidName(name))
            {
                errors.Add(new(RedactionErrorCodes.InvalidSinkName, entry,
                    "a sink name is 1 to 64 chars of a-z, 0-9, '-', '_' and '.' (lower case)."));
                continue;
            }

            sinks.Add(new Sink(name, kind, sinkOptions.BusinessAssociateAgreement));
        }

        return sinks;
    }

    private static HmacRedactor? CompileHasher(HashingOptions hashing, bool required, List<PolicyError> errors)
    {
        if (hashing.Key is null)
        {
            if (required)
            {
                errors.Add(new(RedactionErrorCodes.HashKeyMissing, $"{Root}:Hashing:Key",
                    $"the policy uses the Hash action but no key is configured. Set a base64 key of at least {MinimumHashKeyBytes} bytes and a KeyId (keep the key in a secret store)."));
            }

            return null;
        }

        var buffer = new byte[hashing.Key.Length];
        if (!Convert.TryFromBase64String(hashing.Key, buffer, out var length) || length < MinimumHashKeyBytes)
        {
            errors.Add(new(RedactionErrorCodes.HashKeyMissing, $"{Root}:Hashing:Key",
                $"the hashing key must be base64 of at least {MinimumHashKeyBytes} bytes."));
            return null;
        }

        System.Security.Cryptography.CryptographicOperations.ZeroMemory(buffer);
        return new HmacRedactor(Microsoft.Extensions.Options.Options.Create(new HmacRedactorOptions { KeyId = hashing.KeyId, Key = hashing.Key }));
    }

    private static TEnum ParseEnum<TEnum>(string? value, string entry, string code, string what, List<PolicyError> errors)
        where TEnum : struct, Enum
    {
        if (IsName(value) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors.Add(new(code, entry, $"'{value}' is not a {what}. Use {string.Join(", ", Enum.GetNames<TEnum>())}."));
        return default;
    }

    private static bool TryParseAction(string? value, string entry, List<PolicyError> errors, out RedactionAction action)
    {
        if (IsName(value) && Enum.TryParse(value, ignoreCase: true, out action) && Enum.IsDefined(action))
        {
            return true;
        }

        errors.Add(new(RedactionErrorCodes.UnknownAction, entry,
            $"'{value}' is not an action. Use {string.Join(", ", Enum.GetNames<RedactionAction>())}."));
        action = default;
        return false;
    }

    private static TimeSpan? ParseRetention(string value, string entry, List<PolicyError> errors)
    {
        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var period) && period >= TimeSpan.Zero)
        {
            return period;
        }

        errors.Add(new(RedactionErrorCodes.InvalidRetention, entry,
            $"'{value}' is not a retention period. Write a non-negative time span such as 30.00:00:00 (30 days)."));
        return null;
    }

    // Enum.TryParse also takes numbers and comma-separated lists; a policy names one member.
    private static bool IsName([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) =>
        !string.IsNullOrEmpty(value) && value.All(char.IsAsciiLetter);

    private static string Days(TimeSpan period) => $"{period.TotalDays.ToString("0.##", CultureInfo.InvariantCulture)} days";
}
