using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Confidant.Protection.Keys;
using Confidant.Protection.Sealing;

namespace Confidant.Protection.Tests;

public sealed class EnvelopeTests : IDisposable
{
    private static readonly RecordContext Message = new("acme", "subj-1", "message.original", "msg-42");
    private readonly ProtectionHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task SealThenOpen_ReturnsTheSameBytes()
    {
        var plaintext = Encoding.UTF8.GetBytes("my cc is 4111 1111 1111 1111 exp 01/27");

        var envelope = await _h.Sealer.SealAsync(Message, plaintext);
        var opened = await _h.Sealer.OpenAsync(Message, envelope);

        Assert.Equal(OpenStatus.Opened, opened.Status);
        Assert.Equal(plaintext, opened.Plaintext);
        Assert.Equal(plaintext.Length + Envelope.Overhead, envelope.Length);
    }

    [Fact]
    public async Task Seal_SameTextTwice_GivesDifferentCiphertexts()
    {
        var a = await _h.Sealer.SealTextAsync(Message, "same".AsMemory());
        var b = await _h.Sealer.SealTextAsync(Message, "same".AsMemory());

        Assert.NotEqual(a, b);
        Assert.NotEqual(a.AsSpan(6, 12).ToArray(), b.AsSpan(6, 12).ToArray());
    }

    [Fact]
    public async Task Envelope_FollowsTheDocumentedLayout_SoAnotherImplementationCanOpenIt()
    {
        // Build the envelope by hand from the documented format with a known key and nonce, and
        // check that the sealer opens it; then open a sealer-made envelope the same way by hand.
        var material = Convert.FromHexString("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        var nonce = Convert.FromHexString("cafebabefacedbaddecaf888");
        var plaintext = Encoding.UTF8.GetBytes("hello");
        var pinned = GC.AllocateArray<byte>(32, pinned: true);
        material.CopyTo(pinned, 0);
        using var key = new DataKey(Message.Scope, 7, pinned, long.MaxValue);

        var header = new byte[18];
        header[0] = 1;
        header[1] = 2;
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(2), 7);
        nonce.CopyTo(header, 6);
        var aad = DocumentedAad(header, Message);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(material, 16))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, aad);
        }

        var byHand = header.Concat(ciphertext).Concat(tag).ToArray();
        Assert.Equal(plaintext, RecordSealer.Open(key, Message, byHand));

        var bySealer = _h.Sealer.Seal(key, Message, plaintext);
        var opened = new byte[plaintext.Length];
        using (var aes = new AesGcm(material, 16))
        {
            aes.Decrypt(bySealer.AsSpan(6, 12), bySealer.AsSpan(18, plaintext.Length), bySealer.AsSpan(^16), opened, DocumentedAad(bySealer[..18], Message));
        }

        Assert.Equal(plaintext, opened);
    }

    [Fact]
    public void AesGcm_ReproducesNistTestCase16()
    {
        // NIST GCM spec (McGrew and Viega), test case 16: AES-256, 96-bit IV, with AAD.
        var key = Convert.FromHexString("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        var iv = Convert.FromHexString("cafebabefacedbaddecaf888");
        var plaintext = Convert.FromHexString("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        var aad = Convert.FromHexString("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];

        using var aes = new AesGcm(key, 16);
        aes.Encrypt(iv, plaintext, ciphertext, tag, aad);

        Assert.Equal("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662", Convert.ToHexStringLower(ciphertext));
        Assert.Equal("76fc6ece0f4e1768cddf8853bb2d551b", Convert.ToHexStringLower(tag));
    }

    public static TheoryData<string, RecordContext> OtherPlaces => new()
    {
        { "another tenant", Message with { TenantId = "globex" } },
        { "another customer", Message with { SubjectId = "subj-2" } },
        { "another record kind", Message with { Kind = "message.view.bot" } },
        { "another row", Message with { RecordId = "msg-43" } },
    };

    [Theory]
    [MemberData(nameof(OtherPlaces))]
    public async Task Open_InAnotherPlace_FailsWithAnIntegrityError(string place, RecordContext elsewhere)
    {
        Assert.NotNull(place);
        // Make sure the other customer has a key, so the failure is the binding, not a missing key.
        await _h.Sealer.SealTextAsync(elsewhere, "x".AsMemory());
        var envelope = await _h.Sealer.SealTextAsync(Message, "secret".AsMemory());

        var error = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Sealer.OpenAsync(elsewhere, envelope));

        Assert.Equal(ProtectionErrorCodes.EnvelopeIntegrity, error.Code);
    }

    [Fact]
    public async Task Open_TenantRecordAsCustomerRecord_FailsWithAnIntegrityError()
    {
        var tenantRecord = Message with { SubjectId = null };
        var envelope = await _h.Sealer.SealTextAsync(tenantRecord, "secret".AsMemory());

        var error = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Sealer.OpenAsync(Message, envelope));

        Assert.Equal(ProtectionErrorCodes.EnvelopeIntegrity, error.Code);
    }

    [Fact]
    public async Task Open_WithAnyBitFlipped_Fails_AndNeverReturnsPlaintext()
    {
        var envelope = await _h.Sealer.SealTextAsync(Message, "the diagnosis is diabetes".AsMemory());
        for (var bit = 0; bit < envelope.Length * 8; bit++)
        {
            var tampered = (byte[])envelope.Clone();
            tampered[bit / 8] ^= (byte)(1 << (bit % 8));

            var error = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Sealer.OpenAsync(Message, tampered));

            Assert.Contains(error.Code, new[] { ProtectionErrorCodes.EnvelopeIntegrity, ProtectionErrorCodes.EnvelopeUnknownVersion, ProtectionErrorCodes.EnvelopeUnknownKey });
        }
    }

    [Fact]
    public async Task Open_Truncated_FailsWithTruncatedCode()
    {
        var envelope = await _h.Sealer.SealTextAsync(Message, "x".AsMemory());

        foreach (var length in new[] { 0, 1, 17, 18, 33 })
        {
            var error = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Sealer.OpenAsync(Message, envelope.AsMemory(0, length)));
            Assert.Equal(ProtectionErrorCodes.EnvelopeTruncated, error.Code);
        }

        var cut = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Sealer.OpenAsync(Message, envelope.AsMemory(0, envelope.Length - 1)));
        Assert.Equal(ProtectionErrorCodes.EnvelopeIntegrity, cut.Code);
    }

    [Fact]
    public async Task Open_UnknownFormatVersion_SaysSo()
    {
        var envelope = await _h.Sealer.SealTextAsync(Message, "x".AsMemory());
        envelope[0] = 9;

        var error = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Sealer.OpenAsync(Message, envelope));

        Assert.Equal(ProtectionErrorCodes.EnvelopeUnknownVersion, error.Code);
    }

    [Fact]
    public async Task Open_UnknownKeyVersion_SaysSo()
    {
        var envelope = await _h.Sealer.SealTextAsync(Message, "x".AsMemory());
        BinaryPrimitives.WriteInt32BigEndian(envelope.AsSpan(2), 99);

        var error = await Assert.ThrowsAsync<ProtectionException>(async () => await _h.Sealer.OpenAsync(Message, envelope));

        Assert.Equal(ProtectionErrorCodes.EnvelopeUnknownKey, error.Code);
    }

    [Fact]
    public async Task Seal_ValueLargerThanTheLimit_IsRefusedWithACode()
    {
        using var h = new ProtectionHarness(o => o.MaxSealedValueBytes = 100);

        var error = await Assert.ThrowsAsync<ProtectionException>(async () => await h.Sealer.SealAsync(Message, new byte[101]));

        Assert.Equal(ProtectionErrorCodes.ValueTooLarge, error.Code);
        Assert.Equal(OpenStatus.Opened, (await h.Sealer.OpenAsync(Message, await h.Sealer.SealAsync(Message, new byte[100]))).Status);
    }

    [Fact]
    public async Task Seal_FromManyThreadsAtOnce_EveryRecordOpens()
    {
        var records = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
        {
            var context = Message with { SubjectId = $"subj-{i % 7}", RecordId = $"msg-{i}" };
            return (context, i, await _h.Sealer.SealTextAsync(context, $"value {i}".AsMemory()));
        })));

        foreach (var (context, i, envelope) in records)
        {
            Assert.Equal($"value {i}", Encoding.UTF8.GetString((await _h.Sealer.OpenAsync(context, envelope)).Plaintext));
        }
    }

    private static byte[] DocumentedAad(byte[] header, RecordContext context)
    {
        var aad = new List<byte>(header[..18]);
        aad.AddRange("confidant/record/v1"u8.ToArray());
        foreach (var part in new[] { context.TenantId, context.SubjectId ?? "", context.Kind, context.RecordId })
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            aad.Add((byte)(bytes.Length >> 8));
            aad.Add((byte)bytes.Length);
            aad.AddRange(bytes);
        }

        return [.. aad];
    }
}
