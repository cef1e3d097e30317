namespace Confidant.Redaction.Shaping;

/// <summary>
/// Detection, policy evaluation or tokenization failed: the message fails closed. Nothing shaped is
/// returned; it must be neither stored nor forwarded. Show <see cref="CustomerMessage"/>.
/// </summary>
public sealed class FailedMessage : MessageOutcome
{
    internal FailedMessage(string code)
    {
        Code = code;
        CustomerMessage = $"We could not process your message safely, so it was neither sent nor kept. Please try again. (error {code})";
    }

    /// <inheritdoc />
    public override bool IsAccepted => false;

    /// <summary>Stable code: CONF-RED-001 (detection), CONF-RED-002 (policy), CONF-RED-003 (tokenization).</summary>
    public string Code { get; }

    /// <summary>For the customer, with the code.</summary>
    public string CustomerMessage { get; }

    /// <inheritdoc />
    public override string ToString() => $"FailedMessage({Code})";
}
