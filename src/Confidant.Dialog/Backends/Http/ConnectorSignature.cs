using System.Security.Cryptography;
using System.Text;

namespace Confidant.Dialog.Backends.Http;

/// <summary>
/// The request signature of the backend connectors (version <c>v1</c>). Every request carries
/// <list type="bullet">
/// <item><c>X-Confidant-Key-Id</c>: which shared key signed it;</item>
/// <item><c>X-Confidant-Timestamp</c>: when, in Unix seconds (UTC);</item>
/// <item><c>X-Confidant-Signature: v1=&lt;base64 HMAC-SHA256&gt;</c> over the UTF-8 bytes of
/// <c>"v1\n{METHOD}\n{path and query}\n{timestamp}\n{hex SHA-256 of the body}"</c>;</item>
/// <item><c>Idempotency-Key</c> on every write (the same on each retry of one call).</item>
/// </list>
/// METHOD is the request method as sent (upper case); the path and query are exactly as in the
/// request line, percent-encoding included (ASP.NET Core: <c>IHttpRequestFeature.RawTarget</c>); the
/// timestamp is the decimal header value; the body hash is lower-case hex, of the empty string when
/// there is no body. The host and other headers are not signed (TLS authenticates the host).
/// A receiver recomputes the HMAC with the key named by the key id, compares in constant time, and
/// refuses a timestamp more than five minutes from its clock.
/// </summary>
public static class ConnectorSignature
{
    /// <summary>The signature scheme version, the first line of the signed string and the prefix of the header value.</summary>
    public const string Version = "v1";

    /// <summary>The header naming the shared key.</summary>
    public const string KeyIdHeader = "X-Confidant-Key-Id";

    /// <summary>The header carrying the Unix time in seconds.</summary>
    public const string TimestampHeader = "X-Confidant-Timestamp";

    /// <summary>The header carrying <c>v1=&lt;base64 HMAC&gt;</c>.</summary>
    public const string SignatureHeader = "X-Confidant-Signature";

    /// <summary>The header carrying the idempotency key of a write.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>How far a receiver should let a timestamp stray from its clock.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The string that is signed.</summary>
    public static string StringToSign(string method, string pathAndQuery, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return $"{Version}\n{method}\n{pathAndQuery}\n{timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n{Convert.ToHexStringLower(SHA256.HashData(body))}";
    }

    /// <summary>The <c>X-Confidant-Signature</c> header value: <c>v1=</c> and the base64 HMAC-SHA256.</summary>
    public static string Compute(ReadOnlySpan<byte> secret, string method, string pathAndQuery, long timestamp, ReadOnlySpan<byte> body)
    {
        var mac = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(StringToSign(method, pathAndQuery, timestamp, body)));
        return $"{Version}={Convert.ToBase64String(mac)}";
    }

    /// <summary>True when <paramref name="signatureHeader"/> is the right signature (compared in constant time). The caller checks the timestamp's age.</summary>
    public static bool Verify(ReadOnlySpan<byte> secret, string? signatureHeader, string method, string pathAndQuery, long timestamp, ReadOnlySpan<byte> body)
    {
        if (signatureHeader is null)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, method, pathAndQuery, timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signatureHeader);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
