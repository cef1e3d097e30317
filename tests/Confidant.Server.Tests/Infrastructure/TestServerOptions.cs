namespace Confidant.Server.Tests.Infrastructure;

/// <summary>How <see cref="TestServerHost"/> starts a server.</summary>
public sealed class TestServerOptions
{
    /// <summary>Configuration keys and values laid over the defaults (<c>Confidant:Server:...</c>).</summary>
    public Dictionary<string, string?> Configuration { get; } = [];

    /// <summary>A data folder to use (and keep); by default a new temporary one, deleted on dispose.</summary>
    public string? DataFolder { get; set; }

    /// <summary>The host environment's name.</summary>
    public string EnvironmentName { get; set; } = "Testing";

    /// <summary>Also open a plaintext HTTP port (on a free port).</summary>
    public bool WithHttpPort { get; set; }

    /// <summary>Runs after the defaults and before <c>AddConfidant</c>, to replace services.</summary>
    public Action<WebApplicationBuilder>? ConfigureBuilder { get; set; }

    /// <summary>Runs after <c>MapConfidant</c>, to map extra endpoints a test needs.</summary>
    public Action<WebApplication>? ConfigureApp { get; set; }
}
