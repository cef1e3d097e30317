using Confidant.Protection.Keys;
using Confidant.Protection.Keys.Pkcs11;

namespace Confidant.Protection.Tests;

/// <summary>
/// The provider conformance suite on a SoftHSM2 token. Each test labels its keys with a prefix of
/// its own, so it starts with an empty store on the shared throwaway token.
/// </summary>
[Collection(SoftHsmGroup.Name)]
public sealed class Pkcs11ProviderConformanceTests(SoftHsmFixture hsm) : KeyEncryptionKeyProviderConformanceTests
{
    private readonly string _prefix = SoftHsmFixture.UniquePrefix();

    protected override IReadOnlyList<string> ChildProcessStore => hsm.ChildProcessStore(_prefix);

    protected override IDictionary<string, string>? ChildProcessEnvironment => hsm.ChildProcessEnvironment();

    protected override IKeyEncryptionKeyProvider CreateProvider() => new Pkcs11KeyEncryptionKeyProvider(hsm.Options(_prefix), Time);

    protected override void SkipIfUnavailable() => hsm.SkipIfUnavailable();
}
