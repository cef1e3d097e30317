using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Confidant.Protection.Keys;
using Confidant.Redaction.Text;
using Microsoft.Extensions.Options;

namespace Confidant.Protection.Sealing;

/// <summary>
/// Seals records under their owner's data key (AES-256-GCM in the <see cref="Envelope"/> format)
/// and opens them again. Opening under a different tenant, customer, kind or record id fails with
/// <c>CONF-SEAL-004</c>; opening a record of an erased customer returns <see cref="OpenStatus.Erased"/>.
/// Thread-safe.
/// </summary>
public sealed class RecordSealer
{
    private const int StackLimit = 512;

    private readonly DataKeyRing _ring;
    private readonly int _maxBytes;

    /// <summary>Creates the sealer.</summary>
    public RecordSealer(DataKeyRing ring, IOptions<ProtectionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ring = ring;
        _maxBytes = options.Value.MaxSealedValueBytes;
    }

    /// <summary>Seals bytes for the record described by <paramref name="context"/>.</summary>
    public async ValueTask<byte[]> SealAsync(RecordContext context, ReadOnlyMemory<byte> plaintext, CancellationToken cancellationToken = default)
    {
        CheckSize(plaintext.Length);
        for (var attempt = 0; ; attempt++)
        {
            var key = await _ring.GetSealingKeyAsync(context.Scope, cancellationToken).ConfigureAwait(false);
            try
            {
                return Seal(key, context, plaintext.Span);
            }
            catch (ObjectDisposedException) when (attempt < 2)
            {
                // The key left the cache between the lookup and its use; fetch it again.
            }
        }
    }

    /// <summary>Seals text (as UTF-8) for the record described by <paramref name="context"/>.</summary>
    public async ValueTask<byte[]> SealTextAsync(RecordContext context, ReadOnlyMemory<char> text, CancellationToken cancellationToken = default)
    {
        CheckSize(text.Length);
        for (var attempt = 0; ; attempt++)
        {
            var key = await _ring.GetSealingKeyAsync(context.Scope, cancellationToken).ConfigureAwait(false);
            try
            {
                return SealText(key, context, text.Span);
            }
            catch (ObjectDisposedException) when (attempt < 2)
            {
            }
        }
    }

    /// <summary>
    /// Seals raw text (as UTF-8) for the record described by <paramref name="context"/>; the text is
    /// read through <see cref="RawText.Open{TState, TResult}"/> and never copied to a string.
    /// </summary>
    public async ValueTask<byte[]> SealAsync(RecordContext context, RawText text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckSize(text.Length);
        for (var attempt = 0; ; attempt++)
        {
            var key = await _ring.GetSealingKeyAsync(context.Scope, cancellationToken).ConfigureAwait(false);
            try
            {
                return text.Open((Sealer: this, Key: key, Context: context), static (span, s) => s.Sealer.SealText(s.Key, s.Context, span));
            }
            catch (ObjectDisposedException) when (attempt < 2)
            {
            }
        }
    }

    /// <summary>Gets the key that seals the scope's new records, with one nonce taken from its budget.</summary>
    internal ValueTask<DataKey> GetSealingKeyAsync(RecordContext context, CancellationToken cancellationToken = default) =>
        _ring.GetSealingKeyAsync(context.Scope, cancellationToken);

    /// <summary>
    /// Seals text with a key from <see cref="GetSealingKeyAsync"/> (which took this envelope's
    /// nonce from the key's budget: one call per key fetch). The UTF-8 bytes live only in a buffer
    /// that is cleared before the method returns.
    /// </summary>
    internal byte[] SealText(DataKey key, in RecordContext context, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(key);
        var byteCount = Encoding.UTF8.GetByteCount(text);
        CheckSize(byteCount);
        byte[]? rented = null;
        Span<byte> buffer = byteCount <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            return Seal(key, context, buffer[..written]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer[..byteCount]);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Seals bytes with a key from <see cref="GetSealingKeyAsync"/> (one call per key fetch).</summary>
    internal byte[] Seal(DataKey key, in RecordContext context, ReadOnlySpan<byte> plaintext)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Scope != context.Scope)
        {
            throw new ArgumentException("The key belongs to another tenant or customer than the record.", nameof(key));
        }

        CheckSize(plaintext.Length);
        context.Validate();
        var envelope = new byte[Envelope.Overhead + plaintext.Length];
        var span = envelope.AsSpan();
        Envelope.WriteHeader(span, context.SubjectId is not null, key.Version);
        RandomBytes.Fill(span.Slice(6, Envelope.NonceSize));
        var header = span[..Envelope.HeaderSize];

        var aadLength = Envelope.AssociatedDataLength(context);
        byte[]? rented = null;
        Span<byte> aad = aadLength <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(aadLength));
        try
        {
            var written = Envelope.WriteAssociatedData(aad, header, context);
            var cipher = key.Rent();
            try
            {
                cipher.Encrypt(
                    span.Slice(6, Envelope.NonceSize),
                    plaintext,
                    span.Slice(Envelope.HeaderSize, plaintext.Length),
                    span[^DataKey.TagSize..],
                    aad[..written]);
            }
            finally
            {
                key.Return(cipher);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        return envelope;
    }

    /// <summary>
    /// Opens a sealed record. Returns <see cref="OpenStatus.Erased"/> when the owner was erased;
    /// throws <see cref="ProtectionException"/> for a truncated or altered envelope, an unknown key
    /// version, or a record opened under the wrong tenant, customer, kind or id.
    /// </summary>
    public async ValueTask<OpenResult> OpenAsync(RecordContext context, ReadOnlyMemory<byte> envelope, CancellationToken cancellationToken = default)
    {
        var (isSubject, version) = Envelope.ReadHeader(envelope.Span);
        if (isSubject != (context.SubjectId is not null))
        {
            throw Integrity();
        }

        for (var attempt = 0; ; attempt++)
        {
            var (status, key) = await _ring.GetOpeningKeyAsync(context.Scope, version, cancellationToken).ConfigureAwait(false);
            switch (status)
            {
                case KeyLookupStatus.Erased:
                    return OpenResult.Erased(version);
                case KeyLookupStatus.Unknown:
                    // The record id stays out of the message: for vault values it is the token.
                    throw new ProtectionException(ProtectionErrorCodes.EnvelopeUnknownKey, $"a sealed {context.Kind} record names data key version {version}, which does not exist for its owner.");
            }

            try
            {
                return OpenResult.Opened(Open(key!, context, envelope.Span), version);
            }
            catch (ObjectDisposedException) when (attempt < 2)
            {
            }
        }
    }

    /// <summary>
    /// Re-seals a record under the owner's current data key (after a data key rotation). Returns
    /// null when it is already sealed with the current version or its owner was erased.
    /// </summary>
    public async ValueTask<byte[]?> ResealAsync(RecordContext context, ReadOnlyMemory<byte> envelope, CancellationToken cancellationToken = default)
    {
        var (_, version) = Envelope.ReadHeader(envelope.Span);
        var current = await _ring.GetCurrentVersionAsync(context.Scope, cancellationToken).ConfigureAwait(false);
        if (version >= current)
        {
            return null;
        }

        var opened = await OpenAsync(context, envelope, cancellationToken).ConfigureAwait(false);
        if (opened.Status != OpenStatus.Opened)
        {
            return null;
        }

        try
        {
            return await SealAsync(context, opened.Plaintext, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(opened.Plaintext);
        }
    }

    internal static byte[] Open(DataKey key, in RecordContext context, ReadOnlySpan<byte> envelope)
    {
        context.Validate();
        var plaintext = new byte[envelope.Length - Envelope.Overhead];
        var aadLength = Envelope.AssociatedDataLength(context);
        byte[]? rented = null;
        Span<byte> aad = aadLength <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(aadLength));
        try
        {
            var written = Envelope.WriteAssociatedData(aad, envelope[..Envelope.HeaderSize], context);
            var cipher = key.Rent();
            try
            {
                cipher.Decrypt(
                    envelope.Slice(6, Envelope.NonceSize),
                    envelope.Slice(Envelope.HeaderSize, plaintext.Length),
                    envelope[^DataKey.TagSize..],
                    plaintext,
                    aad[..written]);
            }
            catch (AuthenticationTagMismatchException ex)
            {
                CryptographicOperations.ZeroMemory(plaintext);
                throw Integrity(ex);
            }
            finally
            {
                key.Return(cipher);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        return plaintext;
    }

    private void CheckSize(int length)
    {
        if (length > _maxBytes)
        {
            throw new ProtectionException(ProtectionErrorCodes.ValueTooLarge, $"a value of {length} bytes is larger than the {_maxBytes} bytes that can be sealed.");
        }
    }

    private static ProtectionException Integrity(Exception? inner = null) =>
        new(ProtectionErrorCodes.EnvelopeIntegrity, "a sealed record failed its integrity check: it was altered, or it belongs to another tenant, customer, kind or record.", inner);
}
