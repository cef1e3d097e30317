using System.Runtime.Versioning;
using System.Text;
using Confidant.Identity.Messaging;

namespace Confidant.Identity.Tests.Messaging;

public sealed class DevelopmentOutboxTests
{
    [Fact]
    public async Task Send_ByDefault_WritesEachMessageToTheOutbox_AndReadAllReturnsThem()
    {
        await using var harness = MessagingHarness.Create();

        await harness.Sender.SendAsync(new SecurityMessage(SecurityChannel.Email, "ada@example.com", "Your sign-in code", "Your code is 482913.", SecurityMessageKind.SignInCode));
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.Sender.SendAsync(new SecurityMessage(SecurityChannel.Sms, "+4915112345678", string.Empty, "Confidant code: 771204", SecurityMessageKind.StepUpCode));

        var entries = await DevelopmentOutbox.ReadAllAsync(harness.OutboxPath);
        Assert.Equal(2, entries.Count);
        Assert.Equal(new DevelopmentOutboxEntry(new DateTimeOffset(2026, 11, 29, 9, 30, 0, TimeSpan.Zero), SecurityChannel.Email, SecurityMessageKind.SignInCode,
            "ada@example.com", "Your sign-in code", "Your code is 482913."), entries[0]);
        Assert.Equal(new SecurityMessage(SecurityChannel.Sms, "+4915112345678", string.Empty, "Confidant code: 771204", SecurityMessageKind.StepUpCode), entries[1].ToMessage());
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 9, 31, 0, TimeSpan.Zero), entries[1].Time);
    }

    [Fact]
    public async Task Outbox_LineFormat_IsOneCamelCaseJsonObjectPerLine_WithEnumNames()
    {
        await using var harness = MessagingHarness.Create();

        await harness.Sender.SendAsync(new SecurityMessage(SecurityChannel.Email, "ada@example.com", "New device", "A new device signed in.", SecurityMessageKind.NewDeviceNotice));

        var text = await File.ReadAllTextAsync(harness.OutboxPath);
        Assert.Equal(
            """{"time":"2026-11-29T09:30:00+00:00","channel":"Email","kind":"NewDeviceNotice","recipient":"ada@example.com","subject":"New device","body":"A new device signed in."}""" + "\n",
            text);
    }

    [Fact]
    public async Task Outbox_MissingFolders_AreCreated()
    {
        await using var harness = MessagingHarness.Create(o => o.OutboxPath = Path.Combine(Path.GetTempPath(), "confidant-messaging-" + Guid.NewGuid().ToString("N"), "a", "b", "outbox.jsonl"));
        var path = harness.Provider.GetOptions().OutboxPath;
        try
        {
            Assert.False(Directory.Exists(Path.GetDirectoryName(path)));

            await harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 120934."));

            Assert.True(File.Exists(path));
            Assert.Single(await DevelopmentOutbox.ReadAllAsync(path));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)))!, recursive: true);
        }
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task Outbox_OnUnix_FileIsOwnerReadWriteOnly_AndCreatedFolderOwnerOnly()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        await using var harness = MessagingHarness.Create();

        await harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 120934."));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(harness.OutboxPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(harness.OutboxPath)!));
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task Outbox_OnUnix_AnExistingWorldReadableFile_IsTightenedTo0600()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        await using var harness = MessagingHarness.Create();
        Directory.CreateDirectory(Path.GetDirectoryName(harness.OutboxPath)!);
        await File.WriteAllTextAsync(harness.OutboxPath, string.Empty);
        File.SetUnixFileMode(harness.OutboxPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 120934."));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(harness.OutboxPath));
    }

    [Fact]
    public async Task Outbox_ConcurrentWriters_ProduceOnlyWholeLines()
    {
        // Two senders (two containers, one file) and many concurrent sends each.
        await using var first = MessagingHarness.Create();
        await using var second = MessagingHarness.Create(o => o.OutboxPath = first.OutboxPath);
        const int PerSender = 150;
        var longTail = new string('x', 3000); // lines longer than any stream buffer

        var sends = Enumerable.Range(0, PerSender * 2).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).Sender.SendAsync(
            Messages.SignInEmail($"user{i}@example.com", $"message {i} {longTail}"))));
        var reads = Enumerable.Range(0, 20).Select(_ => Task.Run(() => DevelopmentOutbox.ReadAllAsync(first.OutboxPath)));
        await Task.WhenAll(sends.Concat<Task>(reads));

        var raw = await File.ReadAllTextAsync(first.OutboxPath, Encoding.UTF8);
        Assert.EndsWith("\n", raw, StringComparison.Ordinal);
        var lines = raw.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(PerSender * 2, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("{\"time\":", line, StringComparison.Ordinal));
        var entries = await DevelopmentOutbox.ReadAllAsync(first.OutboxPath);
        Assert.Equal(Enumerable.Range(0, PerSender * 2).Select(i => $"message {i} {longTail}").Order(), entries.Select(e => e.Body).Order());
    }

    [Fact]
    public async Task ReadAll_SkipsALastLineThatIsNotFinished()
    {
        await using var harness = MessagingHarness.Create();
        await harness.Sender.SendAsync(Messages.SignInEmail("ada@example.com", "Your code is 120934."));
        await File.AppendAllTextAsync(harness.OutboxPath, """{"time":"2026-11-29T09:30:00+00:00","channel":"Em""");

        var entries = await DevelopmentOutbox.ReadAllAsync(harness.OutboxPath);

        Assert.Equal("Your code is 120934.", Assert.Single(entries).Body);
    }

    [Fact]
    public async Task ReadAll_MissingFile_IsAnEmptyOutbox()
    {
        var entries = await DevelopmentOutbox.ReadAllAsync(Path.Combine(Path.GetTempPath(), "confidant-messaging-" + Guid.NewGuid().ToString("N"), "none.jsonl"));

        Assert.Empty(entries);
    }
}
