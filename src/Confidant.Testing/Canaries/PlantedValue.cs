namespace Confidant.Testing.Canaries;

/// <summary>A made-up sensitive value planted in a chat message, to be looked for afterwards.</summary>
/// <param name="DataClass">The data class name, such as <c>CARD_NUMBER</c>.</param>
/// <param name="Value">The value as typed.</param>
/// <param name="Message">A chat message that carries it.</param>
public sealed record PlantedValue(string DataClass, string Value, string Message);
