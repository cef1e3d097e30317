namespace Confidant.Identity.Passwords;

/// <summary>Argon2id cost parameters as written in a PHC string (<c>m</c>, <c>t</c>, <c>p</c>).</summary>
internal readonly record struct Argon2idParameters(int MemoryKiB, int Iterations, int Parallelism)
{
    public static Argon2idParameters From(PasswordHashingOptions options) =>
        new(options.MemoryKiB, options.Iterations, options.Parallelism);

    /// <summary>True when any parameter is below <paramref name="current"/>'s: the hash is cheaper to attack than a new one.</summary>
    public bool IsWeakerThan(Argon2idParameters current) =>
        MemoryKiB < current.MemoryKiB || Iterations < current.Iterations || Parallelism < current.Parallelism;
}
