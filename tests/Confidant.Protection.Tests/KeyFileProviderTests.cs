using System.Text.Json.Nodes;
using Confidant.Protection.Keys;
using Confidant.Protection.Sealing;

namespace Confidant.Protection.Tests;

public sealed class KeyFileProviderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("confidant-keyfile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void FirstRun_CreatesTheKeyFile_ReadableByItsOwnerOnly()
    {
        var path = Path.Combine(_folder, "data", "keys", "kek.json");

        using var provider = new LocalKeyFileProvider(path);

        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        }
    }

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite)]
    public void KeyFileReadableByOthers_IsRefused_WithTheFix(UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_folder, "kek.json");
        new LocalKeyFileProvider(path).Dispose();
        File.SetUnixFileMode(path, mode);

        var error = Assert.Throws<ProtectionException>(() => new LocalKeyFileProvider(path));

        Assert.Equal(ProtectionErrorCodes.KeyFileTooOpen, error.Code);
        Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyFileReadableByOthers_StopsStartUp_ThroughOptionsValidation()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_folder, "kek.json");
        new LocalKeyFileProvider(path).Dispose();
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var result = new ProtectionOptionsValidator().Validate(null, new ProtectionOptions { KeyFilePath = path });

        Assert.True(result.Failed);
        Assert.Contains(ProtectionErrorCodes.KeyFileTooOpen, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"format\":\"confidant-kek/1\"}")]
    [InlineData("{\"format\":\"other/1\",\"current\":\"a\",\"keys\":[{\"id\":\"a\",\"material\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}]}")]
    [InlineData("{\"format\":\"confidant-kek/1\",\"current\":\"a\",\"keys\":[{\"id\":\"a\",\"material\":\"c2hvcnQ=\"}]}")]
    [InlineData("{\"format\":\"confidant-kek/1\",\"current\":\"b\",\"keys\":[{\"id\":\"a\",\"material\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}]}")]
    public void MalformedKeyFile_IsRefused_WithoutChangingIt(string content)
    {
        var path = Path.Combine(_folder, "kek.json");
        WriteOwnerOnly(path, content);

        var error = Assert.Throws<ProtectionException>(() => new LocalKeyFileProvider(path));

        Assert.Equal(ProtectionErrorCodes.KeyFileMalformed, error.Code);
        Assert.Equal(content, File.ReadAllText(path));
        Assert.DoesNotContain("AAAAAAAA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableKeyFile_IsRefused_WithACode()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return; // root reads any file
        }

        var path = Path.Combine(_folder, "kek.json");
        new LocalKeyFileProvider(path).Dispose();
        File.SetUnixFileMode(path, UnixFileMode.None);

        var error = Assert.Throws<ProtectionException>(() => new LocalKeyFileProvider(path));

        Assert.Equal(ProtectionErrorCodes.KeyFileUnreadable, error.Code);
    }

    [Fact]
    public async Task KeyFile_SurvivesARestart_AndStillUnwraps()
    {
        var path = Path.Combine(_folder, "kek.json");
        WrapResult wrapped;
        var dataKey = new byte[32];
        Random.Shared.NextBytes(dataKey);
        var context = DataKeyRing.WrapContext(KeyScope.ForSubject("acme", "s1"), 1);
        using (var first = new LocalKeyFileProvider(path))
        {
            wrapped = await first.WrapAsync(dataKey, context);
        }

        using var second = new LocalKeyFileProvider(path);
        var unwrapped = new byte[32];
        await second.UnwrapAsync(wrapped.KeyEncryptionKeyId, wrapped.WrappedKey, context, unwrapped);

        Assert.Equal(dataKey, unwrapped);
    }

    [Fact]
    public async Task WrappedKey_MovedToAnotherScope_FailsToUnwrap()
    {
        using var provider = new LocalKeyFileProvider(Path.Combine(_folder, "kek.json"));
        var wrapped = await provider.WrapAsync(new byte[32], DataKeyRing.WrapContext(KeyScope.ForSubject("acme", "s1"), 1));

        var error = await Assert.ThrowsAsync<ProtectionException>(async () =>
            await provider.UnwrapAsync(wrapped.KeyEncryptionKeyId, wrapped.WrappedKey, DataKeyRing.WrapContext(KeyScope.ForSubject("acme", "s2"), 1), new byte[32]));

        Assert.Equal(ProtectionErrorCodes.WrappedKeyCorrupted, error.Code);
    }

    [Fact]
    public async Task UnknownKeyEncryptionKey_IsNamedInTheError()
    {
        using var provider = new LocalKeyFileProvider(Path.Combine(_folder, "kek.json"));

        var error = await Assert.ThrowsAsync<ProtectionException>(async () =>
            await provider.UnwrapAsync("kek-missing", new byte[60], new byte[4], new byte[32]));

        Assert.Equal(ProtectionErrorCodes.UnknownKeyEncryptionKey, error.Code);
        Assert.Contains("kek-missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_KeepsOldKeys_AndWritesTheFileOwnerOnly()
    {
        var path = Path.Combine(_folder, "kek.json");
        using var provider = new LocalKeyFileProvider(path);
        var before = await provider.GetCurrentKeyIdAsync();

        var after = await provider.RotateAsync();

        Assert.NotEqual(before, after);
        var file = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(after, (string?)file["current"]);
        Assert.Equal(2, file["keys"]!.AsArray().Count);
        Assert.False(File.Exists(path + ".tmp"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    private static void WriteOwnerOnly(string path, string content)
    {
        File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
