using System.Net;

namespace Confidant.Identity.SignIn;

/// <summary>What the sign-in knows of the request: enough to name a device and coarsen an address for the audit log.</summary>
/// <param name="UserAgent">The browser's user agent (only a coarse name is kept).</param>
/// <param name="RemoteAddress">The client address (the audit log keeps its /24 or /48).</param>
public sealed record SignInContext(string? UserAgent, IPAddress? RemoteAddress);
