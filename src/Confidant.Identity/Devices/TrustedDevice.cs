namespace Confidant.Identity.Devices;

/// <summary>A trusted device as the customer's device list shows it.</summary>
/// <param name="Id">The device id.</param>
/// <param name="Name">A coarse description ("Firefox on Linux").</param>
/// <param name="CreatedAt">When it was trusted.</param>
/// <param name="LastUsedAt">When it last skipped the second factor.</param>
/// <param name="ExpiresAt">When the trust ends.</param>
public sealed record TrustedDevice(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset LastUsedAt, DateTimeOffset ExpiresAt);
