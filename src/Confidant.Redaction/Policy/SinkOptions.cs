namespace Confidant.Redaction.Policy;

/// <summary>A sink defined in configuration.</summary>
public sealed class SinkOptions
{
    /// <summary>Kind of sink: <c>Connector</c> (default), <c>Bot</c>, <c>Transcript</c>, <c>Logs</c>, <c>Analytics</c>, <c>HumanAgent</c> or <c>Echo</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>A HIPAA business-associate agreement covers this connector; without it health data never reaches it.</summary>
    public bool BusinessAssociateAgreement { get; set; }
}
