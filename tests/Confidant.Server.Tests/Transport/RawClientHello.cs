using System.Buffers.Binary;

namespace Confidant.Server.Tests.Transport;

/// <summary>
/// A hand-built TLS ClientHello, so a test can offer a protocol version that the local TLS library
/// would refuse to send (Debian's OpenSSL will not offer TLS 1.1): what is tested is the server's
/// refusal, not the client's.
/// </summary>
internal static class RawClientHello
{
    /// <summary>A ClientHello offering only <paramref name="version"/> (0x0302 TLS 1.1, 0x0303 TLS 1.2) with ECDHE-ECDSA suites valid in both.</summary>
    public static byte[] Build(ushort version)
    {
        var body = new List<byte>();
        body.AddRange(U16(version));
        body.AddRange(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        body.Add(0); // no session id

        // ECDHE-ECDSA with AES-128-GCM (TLS 1.2), AES-128-CBC-SHA and AES-256-CBC-SHA (TLS 1.0+).
        byte[] suites = [0xc0, 0x2b, 0xc0, 0x09, 0xc0, 0x0a];
        body.AddRange(U16((ushort)suites.Length));
        body.AddRange(suites);
        body.AddRange([1, 0]); // compression: null only

        var extensions = new List<byte>();
        extensions.AddRange(Extension(0x000a, [0x00, 0x02, 0x00, 0x17])); // supported_groups: secp256r1
        extensions.AddRange(Extension(0x000b, [0x01, 0x00])); // ec_point_formats: uncompressed
        extensions.AddRange(Extension(0x000d, [0x00, 0x04, 0x04, 0x03, 0x02, 0x03])); // signature_algorithms: ecdsa_secp256r1_sha256, ecdsa_sha1
        extensions.AddRange(Extension(0xff01, [0x00])); // renegotiation_info
        body.AddRange(U16((ushort)extensions.Count));
        body.AddRange(extensions);

        var handshake = new List<byte> { 1 }; // client_hello
        handshake.AddRange(U24(body.Count));
        handshake.AddRange(body);

        var record = new List<byte> { 0x16, 0x03, 0x01 }; // handshake record, TLS 1.0 record version as clients send
        record.AddRange(U16((ushort)handshake.Count));
        record.AddRange(handshake);
        return [.. record];
    }

    private static byte[] Extension(ushort type, byte[] data) => [.. U16(type), .. U16((ushort)data.Length), .. data];

    private static byte[] U16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] U24(int value) => [(byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
