namespace Confidant.Audit;

/// <summary>
/// Stable error codes of the ledger (CONF-AUD-150..199; CONF-AUD-001..099 are event ids, the
/// checkpoint and proof errors are CONF-AUD-100..149). Tests and tools match on these, not on text.
/// </summary>
public static class AuditErrorCodes
{
    /// <summary>An event has a field outside the rules (free text, a bad actor form, a bad id).</summary>
    public const string InvalidEvent = "CONF-AUD-150";

    /// <summary>Entry bytes are not the canonical encoding of an audit event.</summary>
    public const string NotCanonical = "CONF-AUD-151";

    /// <summary>The database refused to change or delete a ledger row (raised by its triggers).</summary>
    public const string AppendOnly = "CONF-AUD-152";

    /// <summary>The stored ledger contradicts itself (head size, entries and subtree hashes disagree).</summary>
    public const string Inconsistent = "CONF-AUD-153";

    /// <summary>Listing events needs the auditor or administrator role.</summary>
    public const string ReadDenied = "CONF-AUD-154";

    /// <summary>An index or size beyond the log.</summary>
    public const string OutOfRange = "CONF-AUD-155";

    /// <summary>Verification needs a signed checkpoint and the log has none yet.</summary>
    public const string NoCheckpoint = "CONF-AUD-156";

    /// <summary>A new checkpoint was refused: the stored log does not extend the last signed checkpoint, or its head does not match its tree.</summary>
    public const string RefusedToSign = "CONF-AUD-157";

    /// <summary>An append's commit was sent but not acknowledged (a connection dropped): its entries may or may not be stored.</summary>
    public const string CommitOutcomeUnknown = "CONF-AUD-158";
}
