using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using Confidant.Protection.Keys;
using Confidant.Protection.Sealing;
using Confidant.Redaction.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Confidant.Protection.Vault;

/// <summary>
/// The token vault. A value is replaced by a random token with a class prefix
/// (<c>tok_card_number_...</c>) and kept sealed under the customer's data key. A keyed blind index
/// gives the same customer the same token for the same value (however it was typed); the index key
/// is derived from the customer's first data key, so erasure makes it unlinkable too.
/// Detokenization needs a purpose and a principal, and every attempt goes to the audit hook.
/// </summary>
public sealed class TokenVault
{
    /// <summary>The record kind of sealed vault values (part of their associated data).</summary>
    public const string SealedKind = "vault.value";
    private const int TokenRandomChars = 26; // 130 bits in base32
    private const string Base32 = "abcdefghijkmnpqrstuvwxyz23456789"; // no l, o, 0, 1

    private static readonly byte[] BlindIndexInfo = "confidant/vault/blind-index/v1"u8.ToArray();

    private readonly RecordSealer _sealer;
    private readonly DataKeyRing _ring;
    private readonly ITokenStore _store;
    private readonly IVaultAuditHook _audit;
    private readonly TimeProvider _time;
    private readonly ProtectionOptions _options;
    private readonly ILogger<TokenVault> _logger;

    /// <summary>Creates the vault.</summary>
    public TokenVault(RecordSealer sealer, DataKeyRing ring, ITokenStore store, IVaultAuditHook audit, TimeProvider timeProvider, IOptions<ProtectionOptions> options, ILogger<TokenVault> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _sealer = sealer;
        _ring = ring;
        _store = store;
        _audit = audit;
        _time = timeProvider;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>
    /// Tokenizes <paramref name="value"/> for a customer and data class. The same value (compared on
    /// letters and digits, ignoring case) gives the same token until it expires.
    /// </summary>
    public async ValueTask<VaultToken> TokenizeAsync(string tenantId, string subjectId, string dataClass, ReadOnlyMemory<char> value, TimeSpan? lifetime = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataClass);
        if (value.Length > _options.MaxTokenizedValueLength)
        {
            throw new ProtectionException(ProtectionErrorCodes.ValueTooLarge, $"a {dataClass} value of {value.Length} characters is longer than the {_options.MaxTokenizedValueLength} the vault accepts.");
        }

        var scope = KeyScope.ForSubject(tenantId, subjectId);
        var normalized = ArrayPool<char>.Shared.Rent(Math.Max(1, value.Length));
        try
        {
            var length = ValueNormalizer.Normalize(dataClass, value.Span, normalized);
            var index = await BlindIndexAsync(scope, dataClass, normalized.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            var existing = await _store.FindByIndexAsync(tenantId, subjectId, dataClass, index, cancellationToken).ConfigureAwait(false);
            if (existing is not null && existing.ExpiresAt > now)
            {
                return new VaultToken(existing.Token, existing.DisplayHint, existing.ExpiresAt);
            }

            var token = NewToken(dataClass);
            var sealedValue = await _sealer.SealTextAsync(new RecordContext(tenantId, subjectId, SealedKind, token), value, cancellationToken).ConfigureAwait(false);
            var hint = DisplayHints.For(dataClass, normalized.AsSpan(0, length));
            var entry = new VaultEntry(token, tenantId, subjectId, dataClass, index, sealedValue, hint, now, now + (lifetime ?? _options.DefaultTokenLifetime));
            if (await _store.TryAddAsync(entry, cancellationToken).ConfigureAwait(false))
            {
                return new VaultToken(entry.Token, entry.DisplayHint, entry.ExpiresAt);
            }

            // Another request stored the same value first (or an expired entry holds the index); use what is there.
            var winner = await _store.FindByIndexAsync(tenantId, subjectId, dataClass, index, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The token store refused a vault entry but holds none for its index.");
            return new VaultToken(winner.Token, winner.DisplayHint, winner.ExpiresAt);
        }
        finally
        {
            normalized.AsSpan().Clear();
            ArrayPool<char>.Shared.Return(normalized);
        }
    }

    /// <summary>
    /// Reveals a token's value for a stated purpose and principal, when an access rule
    /// (<see cref="ProtectionOptions.VaultAccess"/>) allows that principal to reveal the token's class
    /// for that purpose. Throws <see cref="ProtectionException"/> <c>CONF-VAULT-001</c> without a
    /// purpose or principal and <c>CONF-VAULT-002</c> for a malformed token. Every attempt, whatever
    /// its outcome (refusals and failures included), goes to the audit hook; if the hook fails,
    /// nothing is revealed.
    /// </summary>
    public async ValueTask<DetokenizeResult> DetokenizeAsync(DetokenizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        VaultEntry? entry = null;
        DetokenizeResult? result = null;
        ExceptionDispatchInfo? failure = null;
        try
        {
            if (string.IsNullOrWhiteSpace(request.Purpose) || string.IsNullOrWhiteSpace(request.Principal))
            {
                throw new ProtectionException(ProtectionErrorCodes.DetokenizeWithoutPurpose, "revealing a token needs a purpose and a principal.");
            }

            if (!IsWellFormed(request.Token))
            {
                throw new ProtectionException(ProtectionErrorCodes.TokenMalformed, "the token is not a vault token (tok_<class>_<26 characters>).");
            }

            entry = await _store.GetAsync(request.TenantId, request.Token, cancellationToken).ConfigureAwait(false);
            if (entry is null || (request.SubjectId is not null && entry.SubjectId != request.SubjectId))
            {
                entry = null;
                result = new DetokenizeResult(DetokenizeStatus.NotFound, null, null);
            }
            else if (!_options.VaultAccess.Any(rule => rule.Matches(request.Principal, request.Purpose, entry.DataClass)))
            {
                result = new DetokenizeResult(DetokenizeStatus.Denied, null, entry.DataClass);
            }
            else if (entry.ExpiresAt <= _time.GetUtcNow())
            {
                result = new DetokenizeResult(DetokenizeStatus.Expired, null, entry.DataClass);
            }
            else
            {
                var opened = await _sealer.OpenAsync(new RecordContext(entry.TenantId, entry.SubjectId, SealedKind, entry.Token), entry.SealedValue, cancellationToken).ConfigureAwait(false);
                if (opened.Status == OpenStatus.Erased)
                {
                    result = new DetokenizeResult(DetokenizeStatus.Erased, null, entry.DataClass);
                }
                else
                {
                    var value = new RevealedValue(opened.Plaintext);
                    CryptographicOperations.ZeroMemory(opened.Plaintext);
                    result = new DetokenizeResult(DetokenizeStatus.Revealed, value, entry.DataClass);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failure = ExceptionDispatchInfo.Capture(ex);
        }

        // Audit whatever happened, the refusals and failures too. The token is only recorded when
        // it has the token's shape (a malformed "token" may be a pasted card number).
        var outcome = result?.Status ?? DetokenizeStatus.Refused;
        var token = IsWellFormed(request.Token) ? request.Token : "(malformed)";
        try
        {
            await _audit.RecordAsync(new VaultAccess(request.TenantId, entry?.SubjectId, token, result?.DataClass ?? entry?.DataClass, request.Purpose ?? "", request.Principal ?? "", outcome, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // An unaudited reveal must not happen: drop the value and let the failure surface.
            result?.Value?.Dispose();
            throw;
        }

        Log.Detokenized(_logger, result?.DataClass ?? entry?.DataClass ?? "unknown", outcome.ToString());
        failure?.Throw();
        return result!;
    }

    /// <summary>Deletes expired entries; returns how many (a retention job calls it).</summary>
    public ValueTask<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) =>
        _store.DeleteExpiredAsync(_time.GetUtcNow(), cancellationToken);

    /// <summary>True when <paramref name="token"/> has the shape of a vault token.</summary>
    public static bool IsWellFormed(string? token)
    {
        if (token is null || token.Length < 4 + TokenRandomChars + 2 || !token.StartsWith("tok_", StringComparison.Ordinal) || token.Length > 200)
        {
            return false;
        }

        var random = token.AsSpan(token.Length - TokenRandomChars);
        if (token[token.Length - TokenRandomChars - 1] != '_')
        {
            return false;
        }

        foreach (var c in random)
        {
            if (!Base32.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var c in token.AsSpan(4, token.Length - TokenRandomChars - 5))
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    internal static string NewToken(string dataClass)
    {
        Span<byte> random = stackalloc byte[TokenRandomChars];
        RandomBytes.Fill(random);
        // Class names are A-Z, 0-9 and '_'; anything else (a custom class) becomes '_' so that every
        // token keeps the shape IsWellFormed checks.
        var prefix = string.Create(Math.Min(dataClass.Length, 64), dataClass, static (span, name) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = char.ToLowerInvariant(name[i]);
                span[i] = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '_';
            }
        });
        Span<char> token = stackalloc char[4 + prefix.Length + 1 + TokenRandomChars];
        "tok_".CopyTo(token);
        prefix.CopyTo(token[4..]);
        token[4 + prefix.Length] = '_';
        var tail = token[(5 + prefix.Length)..];
        for (var i = 0; i < tail.Length; i++)
        {
            tail[i] = Base32[random[i] & 31];
        }

        return new string(token);
    }

    private async ValueTask<byte[]> BlindIndexAsync(KeyScope scope, string dataClass, ReadOnlyMemory<char> normalized, CancellationToken cancellationToken)
    {
        var input = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(dataClass) + 1 + Encoding.UTF8.GetByteCount(normalized.Span));
        var length = 0;
        try
        {
            length = Encoding.UTF8.GetBytes(dataClass, input);
            input[length++] = 0;
            length += Encoding.UTF8.GetBytes(normalized.Span, input.AsSpan(length));
            return await _ring.DerivedMacAsync(scope, BlindIndexInfo, input.AsMemory(0, length), "the customer's data was erased; nothing new can be tokenized for them.", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(input.AsSpan(0, length));
            ArrayPool<byte>.Shared.Return(input);
        }
    }
}
