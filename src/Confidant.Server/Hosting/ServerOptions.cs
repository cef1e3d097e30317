namespace Confidant.Server.Hosting;

/// <summary>Options of the server (configuration section <c>Confidant:Server</c>; <c>--data</c> on the command line).</summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Server";

    /// <summary>
    /// The data folder of the embedded defaults: the key file (<c>keys/kek.json</c>), the SQLite
    /// database (<c>confidant.db</c>), the generated TLS certificate. Default <c>./data</c>.
    /// </summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The tenant this deployment serves (one brand per deployment for now).</summary>
    public string Tenant { get; set; } = "default";
}
