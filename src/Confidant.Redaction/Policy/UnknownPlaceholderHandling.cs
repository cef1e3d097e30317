namespace Confidant.Redaction.Policy;

/// <summary>What re-identification does with a placeholder that is not in the conversation's own table.</summary>
public enum UnknownPlaceholderHandling
{
    /// <summary>Leave it as written (<c>&lt;PERSON_NAME_7&gt;</c>).</summary>
    Keep,

    /// <summary>Replace it by the class label (<c>[NAME]</c>).</summary>
    Redact,
}
