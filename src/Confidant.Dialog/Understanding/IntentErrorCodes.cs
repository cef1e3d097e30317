namespace Confidant.Dialog.Understanding;

/// <summary>Stable codes of intent-file and evaluation-set errors; tests and tools match on these.</summary>
public static class IntentErrorCodes
{
    /// <summary>The file is missing, unreadable or larger than the limit.</summary>
    public const string FileUnreadable = "CONF-INTENT-001";

    /// <summary>The file is not valid YAML.</summary>
    public const string InvalidYaml = "CONF-INTENT-002";

    /// <summary>A field is missing, unknown, or of the wrong type or form.</summary>
    public const string InvalidField = "CONF-INTENT-003";

    /// <summary>Two intents have the same id.</summary>
    public const string DuplicateId = "CONF-INTENT-004";

    /// <summary>An intent has no examples, or an empty one.</summary>
    public const string EmptyExamples = "CONF-INTENT-005";

    /// <summary>An example (or description or keyword) is longer than allowed.</summary>
    public const string TooLong = "CONF-INTENT-006";

    /// <summary>The same example phrase is given twice (in one intent or in two).</summary>
    public const string DuplicateExample = "CONF-INTENT-007";

    /// <summary>A line of a labelled evaluation set is not <c>utterance&lt;TAB&gt;intent</c>, or repeats another.</summary>
    public const string InvalidEvaluationLine = "CONF-INTENT-008";

    /// <summary>A labelled evaluation set names an intent the recognizer does not have.</summary>
    public const string UnknownIntent = "CONF-INTENT-009";
}
