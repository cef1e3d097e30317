using Microsoft.Extensions.Compliance.Classification;

namespace Confidant.Server.Observability;

/// <summary>
/// Data classes of values the server itself may mention in a log line (the chat's customer text
/// is never a log argument). A classified argument goes through the redactor registered for its
/// class; <see cref="ObservabilityExtensions"/> registers an erasing redactor for each.
/// </summary>
internal static class ServerDataClassifications
{
    public const string TaxonomyName = "Confidant";

    /// <summary>A client's network address: personal data (it points at a household).</summary>
    public static DataClassification NetworkAddress { get; } = new(TaxonomyName, "network");
}
