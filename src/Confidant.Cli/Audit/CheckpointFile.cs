using Confidant.Audit.Checkpoints;

namespace Confidant.Cli.Audit;

/// <summary>Reads a signed checkpoint file and checks it with the log's verifier key, as the audit commands do.</summary>
internal static class CheckpointFile
{
    /// <summary>
    /// Reads and verifies <paramref name="file"/>. Returns the result when the signature (or the
    /// origin) does not hold, which is a finding (exit 1); throws <see cref="CheckpointException"/>
    /// when the file is no signed checkpoint and <see cref="AuditInputException"/> when it cannot
    /// be read, which are malformed input (exit 2).
    /// </summary>
    public static CheckpointVerification Verify(FileInfo file, NoteVerifierKey key, string? expectedOrigin = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var result = CheckpointVerifier.Verify(Read(file), key, expectedOrigin);
        return result.IsValid || IsSignatureFailure(result.ErrorCode)
            ? result
            : throw new CheckpointException(result.ErrorCode!, $"{file.Name}: {result.Message}");
    }

    /// <summary>True for the codes that mean "well formed, but not signed by this key for this log".</summary>
    public static bool IsSignatureFailure(string? code) =>
        code is CheckpointErrorCodes.NotSignedByKey or CheckpointErrorCodes.SignatureInvalid or CheckpointErrorCodes.OriginMismatch;

    /// <summary>The file's bytes, refusing a file larger than a note may be without reading it all.</summary>
    public static byte[] Read(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            using var stream = file.OpenRead();

            // Read at most one byte past the cap, so a huge file is refused without reading it all.
            var buffer = new byte[SignedNote.MaxSize + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            return total > SignedNote.MaxSize
                ? throw new CheckpointException(CheckpointErrorCodes.NoteTooLarge, $"{file.Name} is larger than {SignedNote.MaxSize} bytes; it is no checkpoint.")
                : buffer[..total];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AuditInputException(AuditCliErrorCodes.FileUnreadable, $"cannot read '{file.FullName}': {ex.Message}");
        }
    }
}
