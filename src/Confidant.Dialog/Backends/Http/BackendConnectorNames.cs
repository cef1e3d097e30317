namespace Confidant.Dialog.Backends.Http;

/// <summary>
/// The name of each connector: the name of its <see cref="BackendConnectorOptions"/> and of its
/// <see cref="System.Net.Http.HttpClient"/>. To change the client (a client certificate, a proxy),
/// call <c>services.AddHttpClient(BackendConnectorNames.Banking).ConfigurePrimaryHttpMessageHandler(...)</c>
/// after registering the connector.
/// </summary>
public static class BackendConnectorNames
{
    /// <summary>The banking connector (configuration section <c>Confidant:Backends:Banking</c>).</summary>
    public const string Banking = "Confidant.Backends.Banking";

    /// <summary>The retail connector (configuration section <c>Confidant:Backends:Retail</c>).</summary>
    public const string Retail = "Confidant.Backends.Retail";

    /// <summary>The healthcare connector (configuration section <c>Confidant:Backends:Healthcare</c>).</summary>
    public const string Healthcare = "Confidant.Backends.Healthcare";

    /// <summary>The configuration section of a connector, or null for a name that is not one.</summary>
    internal static string? SectionOf(string? name) => name switch
    {
        Banking => $"{BackendConnectorOptions.SectionName}:Banking",
        Retail => $"{BackendConnectorOptions.SectionName}:Retail",
        Healthcare => $"{BackendConnectorOptions.SectionName}:Healthcare",
        _ => null,
    };
}
