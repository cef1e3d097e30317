namespace Confidant.Redaction.Policy;

/// <summary>What kind of destination a sink is; defaults and profile rules depend on it.</summary>
public enum SinkKind
{
    /// <summary>The dialog engine (bot logic).</summary>
    Bot,

    /// <summary>The transcript view kept with the conversation.</summary>
    Transcript,

    /// <summary>Logs and telemetry.</summary>
    Logs,

    /// <summary>Analytics.</summary>
    Analytics,

    /// <summary>A named third-party connector (CRM, payment gateway, LLM vendor...).</summary>
    Connector,

    /// <summary>A human agent taking over the chat.</summary>
    HumanAgent,

    /// <summary>The echo of the message back to the customer.</summary>
    Echo,
}
