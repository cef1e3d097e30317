namespace Confidant.Redaction.Pseudonyms;

/// <summary>
/// The pending pseudonyms of one message (see <see cref="PseudonymTable.BeginScope"/>): the values it
/// added or used before they were committed. Used by one message at a time; the table's lock guards
/// the entries.
/// </summary>
internal sealed class PseudonymScope(PseudonymTable table)
{
    private List<PseudonymTable.Entry>? _held = [];

    public PseudonymTable Table { get; } = table;

    /// <summary>Records that this message uses <paramref name="entry"/>; false when it already did.</summary>
    internal bool TryHold(PseudonymTable.Entry entry)
    {
        var held = _held ?? throw new InvalidOperationException("The pseudonym scope has already been committed or rolled back.");
        if (held.Contains(entry))
        {
            return false;
        }

        held.Add(entry);
        return true;
    }

    /// <summary>The entries held, once: a second commit or rollback finds none.</summary>
    internal List<PseudonymTable.Entry> Release()
    {
        var held = _held ?? [];
        _held = null;
        return held;
    }
}
