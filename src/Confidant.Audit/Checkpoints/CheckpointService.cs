using Confidant.Audit.Ledger;
using Confidant.Audit.Verification;
using Confidant.Protection.Keys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Confidant.Audit.Checkpoints;

/// <summary>
/// Makes, keeps and hands out the ledger's signed checkpoints: signs the current head with the
/// log's key (wrapped by the key-encryption key provider, created on first use), stores it,
/// exports it to the configured folder and submits it to the configured witness with a
/// consistency proof from the witness's last known size.
/// </summary>
public sealed class CheckpointService
{
    private readonly AuditLedger _ledger;
    private readonly LedgerCheckpointStore _store;
    private readonly CheckpointKeyManager _keys;
    private readonly IKeyEncryptionKeyProvider _kek;
    private readonly AuditOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<CheckpointService> _logger;
    private readonly Lazy<HttpClient> _http;
    private long _witnessSize = -1;

    /// <summary>Creates the service.</summary>
    public CheckpointService(AuditLedger ledger, Storage.ConfidantDbFactory factory, IKeyEncryptionKeyProvider keys, IOptions<AuditOptions> options, TimeProvider timeProvider, ILogger<CheckpointService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _store = new LedgerCheckpointStore(factory ?? throw new ArgumentNullException(nameof(factory)));
        _keys = new CheckpointKeyManager(_store, keys, timeProvider);
        _kek = keys;
        _options = options.Value;
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));

        // One long-lived client with pooled connections that are renewed (DNS changes are seen).
        _http = new Lazy<HttpClient>(() => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }));
    }

    /// <summary>The log's origin (first line of every checkpoint).</summary>
    public string Origin => _options.Origin;

    /// <summary>The verifier key auditors use (<c>name+id+key</c>); creates the signing key on first use.</summary>
    public async Task<string> GetVerifierKeyAsync(CancellationToken cancellationToken = default) =>
        (await _keys.GetVerifierKeyAsync(_options.Origin, cancellationToken).ConfigureAwait(false)).ToString();

    /// <summary>
    /// Signs the current head unless the latest checkpoint already covers it; stores, exports and
    /// submits the new one to the witness. Returns the latest signed checkpoint (null for an empty log).
    /// </summary>
    public async Task<string?> CheckpointNowAsync(CancellationToken cancellationToken = default)
    {
        var head = await _ledger.GetHeadAsync(cancellationToken).ConfigureAwait(false);
        var latest = await _store.LatestCheckpointAsync(cancellationToken).ConfigureAwait(false);
        if (head.Size == 0 || (latest is { } known && known.Size >= head.Size))
        {
            return latest?.Note;
        }

        await CheckExtendsLatestAsync(head, latest, cancellationToken).ConfigureAwait(false);
        var signed = await _keys.SignAsync(new Checkpoint(_options.Origin, head.Size, head.RootHash), cancellationToken).ConfigureAwait(false);
        var stored = await _store.AddCheckpointAsync(head.Size, signed, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        Log.CheckpointSigned(_logger, head.Size);
        var published = await SubmitToWitnessAsync(head.Size, stored, cancellationToken).ConfigureAwait(false);
        if (_options.CheckpointExportFolder is { } folder)
        {
            new CheckpointExporter(folder).Export(published);
        }

        return stored;
    }

    /// <summary>
    /// Rewraps the signing key under the current key-encryption key (after a key-encryption key
    /// rotation), so the retired one is no longer needed for it. False when there is no key yet or
    /// it is already wrapped by the current one.
    /// </summary>
    public async Task<bool> RewrapSigningKeyAsync(CancellationToken cancellationToken = default)
    {
        var stored = await _store.GetAsync(_options.Origin, cancellationToken).ConfigureAwait(false);
        var current = await _kek.GetCurrentKeyIdAsync(cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.KeyEncryptionKeyId == current)
        {
            return false;
        }

        var context = CheckpointKeyManager.WrapContext(stored.Origin);
        var seed = GC.AllocateArray<byte>(NoteSigner.SeedSize, pinned: true);
        try
        {
            await _kek.UnwrapAsync(stored.KeyEncryptionKeyId, stored.WrappedSeed, context, seed, cancellationToken).ConfigureAwait(false);
            var rewrapped = await _kek.WrapAsync(seed, context, cancellationToken).ConfigureAwait(false);
            await _store.ReplaceWrappingAsync(stored.Origin, stored.KeyEncryptionKeyId, rewrapped, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>The latest stored signed checkpoint, or null when none was made yet.</summary>
    public async Task<string?> GetLatestAsync(CancellationToken cancellationToken = default) =>
        (await _store.LatestCheckpointAsync(cancellationToken).ConfigureAwait(false))?.Note;

    /// <summary>Every stored signed checkpoint, smallest tree first.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await _store.ListCheckpointsAsync(0, long.MaxValue, cancellationToken).ConfigureAwait(false)).Select(c => c.Note)];

    /// <summary>
    /// Full verification of the stored log against every stored checkpoint whose signature
    /// <paramref name="verifierKey"/> accepts (a checkpoint it rejects is itself a finding).
    /// </summary>
    public async Task<(VerificationReport? Report, string? CheckpointError)> VerifyAsync(NoteVerifierKey verifierKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verifierKey);
        var trusted = new List<TrustedCheckpoint>();
        foreach (var note in await ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var verification = CheckpointVerifier.Verify(note, verifierKey, _options.Origin);
            if (!verification.IsValid)
            {
                return (null, $"{verification.ErrorCode}: a stored checkpoint does not verify with this key ({verification.Message})");
            }

            trusted.Add(new TrustedCheckpoint(verification.Checkpoint!.Size, verification.Checkpoint.RootHash.ToArray()));
        }

        if (trusted.Count == 0)
        {
            return (null, $"{AuditErrorCodes.NoCheckpoint}: the log has no signed checkpoint yet; make one with `confidant audit checkpoint --new`.");
        }

        return (await _ledger.VerifyAsync(trusted, cancellationToken).ConfigureAwait(false), null);
    }

    /// <summary>
    /// Nothing stored is trusted by itself: before signing, the head's root must be the root of the
    /// stored tree, and the stored tree must extend the last signed checkpoint (a consistency proof
    /// from the stored hashes, checked against both roots). Otherwise a rewritten log would be
    /// signed as if it were the real one.
    /// </summary>
    private async Task CheckExtendsLatestAsync(LedgerHead head, (long Size, string Note)? latest, CancellationToken cancellationToken)
    {
        var root = await _ledger.GetRootHashAsync(head.Size, cancellationToken).ConfigureAwait(false);
        if (!root.AsSpan().SequenceEqual(head.RootHash))
        {
            Refuse(head.Size, "the stored head's root is not the root of the stored tree");
        }

        if (latest is not { } last)
        {
            return;
        }

        var key = await _keys.GetVerifierKeyAsync(_options.Origin, cancellationToken).ConfigureAwait(false);
        var verification = CheckpointVerifier.Verify(last.Note, key, _options.Origin);
        if (!verification.IsValid || verification.Checkpoint!.Size != last.Size)
        {
            Refuse(head.Size, "the last stored checkpoint does not verify with the log's key");
        }

        var proof = await _ledger.GetConsistencyProofAsync(last.Size, head.Size, cancellationToken).ConfigureAwait(false);
        if (!Merkle.MerkleVerifier.VerifyConsistency(last.Size, head.Size, verification.Checkpoint!.RootHash, root, proof))
        {
            Refuse(head.Size, $"the stored log does not extend the checkpoint of size {last.Size}");
        }
    }

    private void Refuse(long size, string reason)
    {
        Log.RefusedToSign(_logger, size, reason, AuditErrorCodes.RefusedToSign);
        throw new AuditException(AuditErrorCodes.RefusedToSign, $"not signing a checkpoint at size {size}: {reason}; run `confidant audit verify`.");
    }

    private async Task<string> SubmitToWitnessAsync(long size, string signed, CancellationToken cancellationToken)
    {
        if (_options.WitnessUrl is not { } url)
        {
            return signed;
        }

        var witness = new WitnessClient(_http.Value, url);
        var oldSize = Math.Max(0, Interlocked.Read(ref _witnessSize));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var proof = await _ledger.GetConsistencyProofAsync(oldSize, size, cancellationToken).ConfigureAwait(false);
            var response = await witness.AddCheckpointAsync(oldSize, proof, signed, cancellationToken).ConfigureAwait(false);
            if (response.Outcome == WitnessOutcome.Cosigned)
            {
                Interlocked.Exchange(ref _witnessSize, size);
                Log.WitnessCosigned(_logger, size, response.Cosignatures.Count);
                return SignedNote.Parse(signed).WithSignatures(response.Cosignatures).Format();
            }

            if (response.Outcome == WitnessOutcome.Conflict && response.WitnessSize is { } known && known <= size && attempt == 0)
            {
                oldSize = known; // the witness told us what it has seen; prove from there
                continue;
            }

            Log.WitnessFailed(_logger, size, response.ErrorCode ?? "", response.StatusCode ?? 0);
            break;
        }

        return signed;
    }
}
