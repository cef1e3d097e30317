using System.Text;
using Confidant.Identity.Passwords;

namespace Confidant.Identity.Tests.Passwords;

/// <summary>Argon2id PHC strings with chosen costs, which the hashers themselves would refuse to make.</summary>
internal static class TestHashes
{
    public static string Weak(string password, int memoryKiB, int iterations, int parallelism = 1, int saltLength = 16, int hashLength = 32)
    {
        var salt = Enumerable.Range(1, saltLength).Select(i => (byte)(i * 7)).ToArray();
        var parameters = new Argon2idParameters(memoryKiB, iterations, parallelism);
        var hash = Argon2idPhc.DeriveHash(Encoding.UTF8.GetBytes(password), salt, parameters, hashLength);
        return Argon2idPhc.Format(parameters, salt, hash);
    }
}
