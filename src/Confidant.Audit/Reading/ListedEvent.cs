using Confidant.Audit.Events;

namespace Confidant.Audit.Reading;

/// <summary>An event as listed: its position in the log (for an inclusion proof) and its content.</summary>
/// <param name="Index">The entry index.</param>
/// <param name="Event">The decoded event.</param>
public sealed record ListedEvent(long Index, AuditEvent Event);
