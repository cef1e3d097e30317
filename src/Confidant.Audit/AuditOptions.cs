namespace Confidant.Audit;

/// <summary>Options of the audit ledger (configuration section <c>Confidant:Audit</c>).</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Audit";

    /// <summary>
    /// The log's origin, the first line of every checkpoint: a name unique to this installation's
    /// log, such as <c>audit.bank.example/confidant</c>. Witnesses and auditors key on it.
    /// </summary>
    public string Origin { get; set; } = "confidant.local/audit";

    /// <summary>Most entries written in one transaction. Appends queued meanwhile wait for the next one.</summary>
    public int MaxBatchSize { get; set; } = 2048;

    /// <summary>Appends that may wait for the writer before callers are slowed down.</summary>
    public int QueueCapacity { get; set; } = 65536;

    /// <summary>How often a signed checkpoint is made when the log has grown (zero turns the schedule off).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A folder each new checkpoint is exported to (<c>checkpoint-&lt;size&gt;.txt</c> and <c>latest.txt</c>), if any.</summary>
    public string? CheckpointExportFolder { get; set; }

    /// <summary>The base URL of a C2SP tlog-witness each new checkpoint is submitted to, if any.</summary>
    public Uri? WitnessUrl { get; set; }
}
