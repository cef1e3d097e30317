namespace Confidant.Server.Transport;

/// <summary>
/// The ports the listeners actually bound (they differ from the options when a port is 0, as in
/// tests), filled in once the server has started.
/// </summary>
internal sealed class ListenerAddresses
{
    /// <summary>The HTTPS URL, such as <c>https://127.0.0.1:5443/</c>; empty before start.</summary>
    public string HttpsUrl { get; set; } = string.Empty;

    /// <summary>The bound HTTPS port; 0 before start.</summary>
    public int HttpsPort { get; set; }

    /// <summary>The plaintext redirect URL, or null when there is none.</summary>
    public string? HttpUrl { get; set; }
}
