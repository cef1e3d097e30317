namespace Confidant.Identity.Passwords;

/// <summary>
/// Argon2id cost parameters for password and secret hashes (configuration section
/// <c>Confidant:Identity:PasswordHashing</c>). The defaults are OWASP's minimum for Argon2id
/// (19 MiB of memory, two passes, one lane), which is also the least this server starts with.
/// </summary>
public sealed class PasswordHashingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Confidant:Identity:PasswordHashing";

    /// <summary>OWASP's minimum memory for Argon2id with two passes: 19 MiB.</summary>
    public const int MinimumMemoryKiB = 19456;

    /// <summary>OWASP's minimum number of passes at <see cref="MinimumMemoryKiB"/>.</summary>
    public const int MinimumIterations = 2;

    /// <summary>Most memory accepted (1 GiB); more would let a few sign-in attempts exhaust the server.</summary>
    public const int MaximumMemoryKiB = 1024 * 1024;

    /// <summary>Most passes accepted; every sign-in attempt pays for all of them.</summary>
    public const int MaximumIterations = 64;

    /// <summary>Most lanes accepted; Argon2id runs one thread per lane.</summary>
    public const int MaximumParallelism = 16;

    /// <summary>Memory per hash in KiB (Argon2 <c>m</c>). Default 19456 (19 MiB).</summary>
    public int MemoryKiB { get; set; } = MinimumMemoryKiB;

    /// <summary>Passes over the memory (Argon2 <c>t</c>). Default 2.</summary>
    public int Iterations { get; set; } = MinimumIterations;

    /// <summary>Lanes, and threads per hash (Argon2 <c>p</c>). Default 1.</summary>
    public int Parallelism { get; set; } = 1;
}
