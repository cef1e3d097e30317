using System.Collections.Concurrent;
using System.Collections.Frozen;
using Confidant.Detection.Taxonomy;
using Microsoft.Extensions.Compliance.Redaction;

namespace Confidant.Redaction.Policy;

/// <summary>
/// The compiled, validated policy: the action of every data class for every sink, the profiles in
/// force and the retention periods Storage reads. Immutable and thread-safe.
/// </summary>
public sealed class PrivacyPolicy
{
    private readonly FrozenDictionary<string, int> _sinkIndex;
    private readonly FrozenDictionary<string, DataClass> _classes;
    private readonly FrozenDictionary<string, RedactionAction[]> _actions;
    private readonly FrozenDictionary<string, TimeSpan> _retention;
    private readonly ConcurrentDictionary<string, RedactionAction[]> _otherClasses = new(StringComparer.Ordinal);

    internal PrivacyPolicy(
        IReadOnlyList<Sink> sinks,
        IReadOnlySet<PrivacyProfile> profiles,
        IEnumerable<DataClass> classes,
        IReadOnlyDictionary<string, RedactionAction[]> actions,
        IReadOnlyDictionary<string, TimeSpan> retention,
        TimeSpan defaultRetention,
        CardMaskStyle cardMask,
        UnknownPlaceholderHandling unknownPlaceholders,
        Redactor? hasher,
        int hashKeyId)
    {
        Sinks = sinks;
        Profiles = profiles;
        _sinkIndex = sinks.Select((s, i) => (s.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.OrdinalIgnoreCase);
        _classes = classes.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
        _actions = actions.ToFrozenDictionary(StringComparer.Ordinal);
        _retention = retention.ToFrozenDictionary(StringComparer.Ordinal);
        DefaultRetention = defaultRetention;
        CardMask = cardMask;
        UnknownPlaceholders = unknownPlaceholders;
        Hasher = hasher;
        HashKeyId = hashKeyId;
    }

    /// <summary>Every sink: the built-in ones, then the configured ones.</summary>
    public IReadOnlyList<Sink> Sinks { get; }

    /// <summary>The regulation profiles in force.</summary>
    public IReadOnlySet<PrivacyProfile> Profiles { get; }

    /// <summary>How masked card numbers look.</summary>
    public CardMaskStyle CardMask { get; }

    /// <summary>What re-identification does with placeholders not in the conversation's table.</summary>
    public UnknownPlaceholderHandling UnknownPlaceholders { get; }

    /// <summary>Retention of a message without findings.</summary>
    public TimeSpan DefaultRetention { get; }

    /// <summary>The keyed hash of the Hash action (an <see cref="HmacRedactor"/>; tests put in one that fails).</summary>
    internal Redactor? Hasher { get; }

    internal int HashKeyId { get; }

    /// <summary>
    /// Compiles and validates <paramref name="options"/> without dependency injection.
    /// Throws <see cref="PolicyConfigurationException"/> listing every error with its code.
    /// </summary>
    public static PrivacyPolicy Create(PrivacyOptions options, IEnumerable<DataClass>? customClasses = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (policy, errors) = PolicyCompiler.Compile(options, customClasses ?? [], tokenizerAvailable: null);
        return errors.Count > 0 ? throw new PolicyConfigurationException(errors) : policy!;
    }

    /// <summary>Finds a sink by name (case-insensitive).</summary>
    public bool TryGetSink(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Sink? sink)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_sinkIndex.TryGetValue(name, out var i))
        {
            sink = Sinks[i];
            return true;
        }

        sink = null;
        return false;
    }

    /// <summary>The action for a value of <paramref name="dataClass"/> on its way to <paramref name="sink"/>.</summary>
    public RedactionAction Decide(DataClass dataClass, Sink sink)
    {
        ArgumentNullException.ThrowIfNull(dataClass);
        ArgumentNullException.ThrowIfNull(sink);
        if (!_sinkIndex.TryGetValue(sink.Name, out var index))
        {
            throw new ArgumentException($"{RedactionErrorCodes.UnknownSink}: the policy has no sink '{sink.Name}'.", nameof(sink));
        }

        return RowFor(dataClass)[index];
    }

    /// <summary>How long a message holding <paramref name="dataClass"/> may be kept.</summary>
    public TimeSpan RetentionFor(DataClass dataClass)
    {
        ArgumentNullException.ThrowIfNull(dataClass);
        return _retention.TryGetValue(dataClass.Name, out var period) ? period : RetentionDefaults.For(dataClass);
    }

    /// <summary>How long a message holding all of <paramref name="dataClasses"/> may be kept: the shortest of their periods.</summary>
    public TimeSpan RetentionFor(IEnumerable<DataClass> dataClasses)
    {
        ArgumentNullException.ThrowIfNull(dataClasses);
        var period = DefaultRetention;
        foreach (var c in dataClasses)
        {
            var p = RetentionFor(c);
            if (p < period)
            {
                period = p;
            }
        }

        return period;
    }

    /// <summary>Describes the policy without values: profiles and sinks.</summary>
    public override string ToString() =>
        $"PrivacyPolicy(profiles: {string.Join(", ", Profiles)}; sinks: {string.Join(", ", Sinks)})";

    /// <summary>The same policy with another hasher.</summary>
    internal PrivacyPolicy WithHasher(Redactor hasher) =>
        new(Sinks, Profiles, _classes.Values, _actions, _retention, DefaultRetention, CardMask, UnknownPlaceholders, hasher, HashKeyId);

    /// <summary>A class the policy knows (built-in or declared by a custom recognizer) by its exact name.</summary>
    internal bool TryGetClass(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DataClass? dataClass) =>
        _classes.TryGetValue(name, out dataClass);

    internal RedactionAction[] RowFor(DataClass dataClass) =>
        _actions.TryGetValue(dataClass.Name, out var row)
            ? row
            : _otherClasses.GetOrAdd(dataClass.Name, static (_, state) =>
                [.. state.Sinks.Select(s => DefaultActions.For(state.dataClass, s, state.Profiles))], (dataClass, Sinks, Profiles));

    internal int SinkIndex(Sink sink) =>
        _sinkIndex.TryGetValue(sink.Name, out var index)
            ? index
            : throw new ArgumentException($"{RedactionErrorCodes.UnknownSink}: the policy has no sink '{sink.Name}'.", nameof(sink));
}
