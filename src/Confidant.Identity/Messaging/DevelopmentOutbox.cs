using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Confidant.Identity.Messaging;

/// <summary>
/// The development outbox: a JSON Lines file (<c>security-messages.jsonl</c>) with one object per
/// message (<c>time</c>, <c>channel</c>, <c>kind</c>, <c>recipient</c>, <c>subject</c>,
/// <c>body</c>). A developer reads sign-in codes from it, e.g. <c>tail -f data/outbox/security-messages.jsonl</c>.
/// The file is created with mode 0600 (its folder, when created here, 0700), since the codes in it
/// are live.
/// </summary>
public static class DevelopmentOutbox
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    // One lock per file, shared by every transport of the process that writes to it.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads every complete line of the outbox at <paramref name="path"/>, oldest first. A last line
    /// that a writer has not finished yet is skipped. A missing file is an empty outbox.
    /// </summary>
    public static async Task<IReadOnlyList<DevelopmentOutboxEntry>> ReadAllAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return [];
        }

        string text;
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        var entries = new List<DevelopmentOutboxEntry>();
        var complete = text.AsSpan(0, text.LastIndexOf('\n') + 1);
        foreach (var range in complete.Split('\n'))
        {
            var line = complete[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            var entry = JsonSerializer.Deserialize(line, DevelopmentOutboxJsonContext.Default.DevelopmentOutboxEntry);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>
    /// Appends one line. Writers in this process take turns on a per-file lock and each line goes to
    /// the file in a single unbuffered write; <see cref="ReadAllAsync"/> skips a last line without
    /// its newline, so a reader sees whole lines only. (Two processes sharing one outbox file are not
    /// coordinated; a development server is one process.)
    /// </summary>
    internal static async Task AppendAsync(string path, DevelopmentOutboxEntry entry, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var json = JsonSerializer.SerializeToUtf8Bytes(entry, DevelopmentOutboxJsonContext.Default.DevelopmentOutboxEntry);
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';

        var gate = Locks.GetOrAdd(fullPath, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureFolder(Path.GetDirectoryName(fullPath)!);
            var options = new FileStreamOptions
            {
                Mode = FileMode.Append,
                Access = FileAccess.Write,
                Share = FileShare.ReadWrite | FileShare.Delete,
                BufferSize = 0,
            };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerReadWrite;
            }

            var stream = new FileStream(fullPath, options);
            await using (stream.ConfigureAwait(false))
            {
                if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(stream.SafeFileHandle) & ~OwnerReadWrite) != 0)
                {
                    // A file made by an older build or by hand: it holds codes, so owner only.
                    File.SetUnixFileMode(stream.SafeFileHandle, OwnerReadWrite);
                }

                await stream.WriteAsync(line, CancellationToken.None).ConfigureAwait(false);
                await stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private static void EnsureFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            // An existing folder may be shared (a temp folder, the working directory): left as it is.
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }
    }
}
