using Confidant.Protection.Keys;

namespace Confidant.Protection.Tests;

/// <summary>The provider conformance suite on the embedded key file (a fresh file in a temp folder per test).</summary>
public sealed class LocalKeyFileProviderConformanceTests : KeyEncryptionKeyProviderConformanceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("confidant-kek-conformance-").FullName;

    private string KeyFile => Path.Combine(_folder, "keys", "kek.json");

    protected override IReadOnlyList<string> ChildProcessStore => ["file", KeyFile];

    protected override IKeyEncryptionKeyProvider CreateProvider() => new LocalKeyFileProvider(KeyFile, Time);

    protected override void DeleteStore() => Directory.Delete(_folder, recursive: true);
}
