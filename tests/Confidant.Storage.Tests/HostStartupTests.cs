using Confidant.Protection;
using Confidant.Redaction;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Text;
using Confidant.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Confidant.Storage.Tests;

/// <summary>The libraries together in a generic host, as the server will run them, with embedded defaults.</summary>
public sealed class HostStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("confidant-host-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task TheStack_StartsInAnEmptyFolder_ProcessesAndStoresAMessage_AndStops()
    {
        using var host = Build();

        await host.StartAsync();
        var processor = host.Services.GetRequiredService<IMessageProcessor>();
        var store = host.Services.GetRequiredService<ConversationStore>();
        var conversation = await store.StartAsync("acme", "cust-1", DateTimeOffset.UtcNow.AddDays(30));
        var context = new ConversationContext("acme", "cust-1", new PseudonymTable());
        using var raw = RawText.Copy("I want to buy item #389501 my cc is 4111 1111 1111 1111 exp 01/27");
        var accepted = Assert.IsType<AcceptedMessage>(await processor.ProcessAsync(raw, context));
        await store.AppendAsync(NewMessage.FromAccepted("acme", "cust-1", conversation, raw, accepted, DateTimeOffset.UtcNow));
        await host.StopAsync();

        var transcript = Assert.Single(await store.ReadAsync("acme", "cust-1", conversation, "transcript"));
        Assert.DoesNotContain("4111 1111 1111 1111", transcript.Text, StringComparison.Ordinal);
        Assert.Contains("1111", transcript.Text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "keys", "kek.json")));
        Assert.True(File.Exists(Path.Combine(_folder, "confidant.db")));
    }

    [Fact]
    public async Task AKeyFileReadableByOthers_StopsStartUp_WithItsCode()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using (var first = Build())
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        File.SetUnixFileMode(Path.Combine(_folder, "keys", "kek.json"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        using var host = Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(ProtectionErrorCodes.KeyFileTooOpen, error.Message, StringComparison.Ordinal);
        Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
    }

    private IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder, DisableDefaults = true });
        builder.Services
            .AddConfidantRedaction()
            .AddConfidantProtection(o => o.KeyFilePath = Path.Combine(_folder, "keys", "kek.json"))
            .AddConfidantStorage(o => o.ConnectionString = $"Data Source={Path.Combine(_folder, "confidant.db")}");
        return builder.Build();
    }
}
