using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Shaping;

/// <summary>Wraps a tokenizer failure so the processor can report CONF-RED-003 rather than a policy failure.</summary>
internal sealed class TokenizationFailedException(DataClass dataClass, Exception innerException)
    : Exception(RedactionErrorCodes.TokenizationFailed, innerException)
{
    public DataClass DataClass { get; } = dataClass;
}
