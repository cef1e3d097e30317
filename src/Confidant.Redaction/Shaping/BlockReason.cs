using Confidant.Detection.Taxonomy;

namespace Confidant.Redaction.Shaping;

/// <summary>Why a message was refused: a stable code, the class, and a sentence for the customer that names the class, never the value.</summary>
/// <param name="Code">Stable code, such as <c>CONF-RED-101</c>.</param>
/// <param name="DataClass">The class that caused the block.</param>
/// <param name="CustomerMessage">For the customer, such as "Your message contains a card security code...".</param>
public sealed record BlockReason(string Code, DataClass DataClass, string CustomerMessage);
