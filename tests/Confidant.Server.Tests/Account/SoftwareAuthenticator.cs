using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Confidant.Server.Tests.Account;

/// <summary>
/// A passkey authenticator in software, for tests without a browser: it answers the server's
/// WebAuthn options as a browser and a platform authenticator together would (W3C WebAuthn Level 3,
/// §6.1 authenticator data, §6.5 attestation "none", §5.8.1 client data), with one P-256 (ES256)
/// discoverable credential per relying party and user, user presence and verification set, and a
/// signature counter. It returns the credential in the JSON form of <c>PublicKeyCredential.toJSON()</c>.
/// </summary>
public sealed class SoftwareAuthenticator : IDisposable
{
    private readonly List<Credential> _credentials = [];

    /// <summary>The origin the "browser" puts in the client data.</summary>
    public string Origin { get; init; } = "https://localhost";

    /// <summary>Whether the authenticator reports that it verified the user (PIN or biometric).</summary>
    public bool VerifiesUser { get; init; } = true;

    /// <summary>Answers <c>navigator.credentials.create()</c> options: a new credential.</summary>
    public string Create(string optionsJson)
    {
        var options = JsonNode.Parse(optionsJson)!;
        var rpId = (string)options["rp"]!["id"]!;
        var userHandle = Base64Url.DecodeFromChars((string)options["user"]!["id"]!);
        var credential = new Credential(RandomNumberGenerator.GetBytes(16), ECDsa.Create(ECCurve.NamedCurves.nistP256), rpId, userHandle);
        _credentials.Add(credential);

        var clientData = ClientData("webauthn.create", (string)options["challenge"]!);
        var authenticatorData = AuthenticatorData(rpId, credential, attested: true);
        var attestationObject = Cbor.Map(
            (Cbor.Text("fmt"), Cbor.Text("none")),
            (Cbor.Text("attStmt"), Cbor.Map()),
            (Cbor.Text("authData"), Cbor.Bytes(authenticatorData)));
        return Serialize(credential.Id, new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["attestationObject"] = Base64Url.EncodeToString(attestationObject),
            ["transports"] = new JsonArray("internal"),
        });
    }

    /// <summary>Answers <c>navigator.credentials.get()</c> options with the newest credential for the relying party (the one the customer would pick).</summary>
    public string Get(string optionsJson)
    {
        var options = JsonNode.Parse(optionsJson)!;
        var rpId = (string)options["rpId"]!;
        var credential = _credentials.LastOrDefault(c => c.RpId == rpId)
            ?? throw new InvalidOperationException($"no passkey for {rpId} on this authenticator");
        return Sign(credential, (string)options["challenge"]!);
    }

    /// <summary>An assertion over a challenge of the test's choosing (to forge or replay one).</summary>
    public string Sign(string challenge) => Sign(_credentials[^1], challenge);

    public void Dispose()
    {
        foreach (var credential in _credentials)
        {
            credential.Key.Dispose();
        }
    }

    private string Sign(Credential credential, string challenge)
    {
        credential.SignCount++;
        var clientData = ClientData("webauthn.get", challenge);
        var authenticatorData = AuthenticatorData(credential.RpId, credential, attested: false);
        var signature = credential.Key.SignData([.. authenticatorData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return Serialize(credential.Id, new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["authenticatorData"] = Base64Url.EncodeToString(authenticatorData),
            ["signature"] = Base64Url.EncodeToString(signature),
            ["userHandle"] = Base64Url.EncodeToString(credential.UserHandle),
        });
    }

    private byte[] ClientData(string type, string challenge) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["type"] = type, ["challenge"] = challenge, ["origin"] = Origin, ["crossOrigin"] = false });

    private byte[] AuthenticatorData(string rpId, Credential credential, bool attested)
    {
        const byte UserPresent = 0x01, UserVerified = 0x04, AttestedData = 0x40;
        var data = new List<byte>(SHA256.HashData(Encoding.UTF8.GetBytes(rpId)));
        data.Add((byte)(UserPresent | (VerifiesUser ? UserVerified : 0) | (attested ? AttestedData : 0)));
        var count = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(count, credential.SignCount);
        data.AddRange(count);
        if (attested)
        {
            data.AddRange(new byte[16]); // AAGUID: none
            data.Add((byte)(credential.Id.Length >> 8));
            data.Add((byte)credential.Id.Length);
            data.AddRange(credential.Id);
            var key = credential.Key.ExportParameters(includePrivateParameters: false).Q;
            data.AddRange(Cbor.Map(
                (Cbor.Int(1), Cbor.Int(2)), // kty: EC2
                (Cbor.Int(3), Cbor.Int(-7)), // alg: ES256
                (Cbor.Int(-1), Cbor.Int(1)), // crv: P-256
                (Cbor.Int(-2), Cbor.Bytes(key.X!)),
                (Cbor.Int(-3), Cbor.Bytes(key.Y!))));
        }

        return [.. data];
    }

    private static string Serialize(byte[] id, JsonObject response) => new JsonObject
    {
        ["id"] = Base64Url.EncodeToString(id),
        ["rawId"] = Base64Url.EncodeToString(id),
        ["type"] = "public-key",
        ["authenticatorAttachment"] = "platform",
        ["response"] = response,
        ["clientExtensionResults"] = new JsonObject(),
    }.ToJsonString();

    private sealed class Credential(byte[] id, ECDsa key, string rpId, byte[] userHandle)
    {
        public byte[] Id { get; } = id;

        public ECDsa Key { get; } = key;

        public string RpId { get; } = rpId;

        public byte[] UserHandle { get; } = userHandle;

        public uint SignCount { get; set; }
    }

    /// <summary>The little CBOR (RFC 8949) that attestation objects and COSE keys need.</summary>
    private static class Cbor
    {
        public static byte[] Int(int value) => value >= 0 ? Head(0, (ulong)value) : Head(1, (ulong)(-1 - value));

        public static byte[] Bytes(byte[] value) => [.. Head(2, (ulong)value.Length), .. value];

        public static byte[] Text(string value) => [.. Head(3, (ulong)Encoding.UTF8.GetByteCount(value)), .. Encoding.UTF8.GetBytes(value)];

        public static byte[] Map(params (byte[] Key, byte[] Value)[] entries) =>
            [.. Head(5, (ulong)entries.Length), .. entries.SelectMany(e => e.Key.Concat(e.Value))];

        private static byte[] Head(int major, ulong length) => length switch
        {
            < 24 => [(byte)((major << 5) | (int)length)],
            <= byte.MaxValue => [(byte)((major << 5) | 24), (byte)length],
            <= ushort.MaxValue => [(byte)((major << 5) | 25), (byte)(length >> 8), (byte)length],
            _ => throw new ArgumentOutOfRangeException(nameof(length)),
        };
    }
}
