using System.Security.Cryptography;
using System.Text;
using Confidant.Protection.Keys;
using Confidant.Protection.Keys.Pkcs11;
using Confidant.Protection.Sealing;
using Confidant.Protection.Vault;
using Confidant.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Confidant.Protection.Tests;

/// <summary>What the PKCS#11 provider promises beyond the conformance suite, on a SoftHSM2 token.</summary>
[Collection(SoftHsmGroup.Name)]
public sealed class Pkcs11KeyProviderTests(SoftHsmFixture hsm) : IDisposable
{
    private static readonly byte[] Context = DataKeyRing.WrapContext(KeyScope.ForSubject("acme", "subj-1"), 1);
    private readonly string _prefix = SoftHsmFixture.UniquePrefix();
    private readonly string _folder = Directory.CreateTempSubdirectory("confidant-pkcs11-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableFact]
    public async Task GeneratedKeys_AreAes256_SensitiveAndNeverExtractable_OnTheToken()
    {
        hsm.SkipIfUnavailable();
        using var provider = new Pkcs11KeyEncryptionKeyProvider(hsm.Options(_prefix));
        await provider.RotateAsync();

        using var module = Pkcs11Module.Acquire(hsm.ModulePath);
        using var session = OpenSession(module, SoftHsmFixture.ConformanceToken);
        var keys = FindByLabelPrefix(session, _prefix);

        Assert.Equal(2, keys.Count);
        foreach (var key in keys)
        {
            var attributes = session.GetAttributeValue(key, [
                CKA.CKA_KEY_TYPE, CKA.CKA_VALUE_LEN, CKA.CKA_TOKEN, CKA.CKA_PRIVATE, CKA.CKA_SENSITIVE, CKA.CKA_EXTRACTABLE,
                CKA.CKA_ALWAYS_SENSITIVE, CKA.CKA_NEVER_EXTRACTABLE, CKA.CKA_LOCAL, CKA.CKA_WRAP, CKA.CKA_MODIFIABLE, CKA.CKA_VALUE]);
            Assert.Equal((ulong)CKK.CKK_AES, attributes[0].GetValueAsUlong());
            Assert.Equal(32UL, attributes[1].GetValueAsUlong());
            Assert.True(attributes[2].GetValueAsBool(), "CKA_TOKEN");
            Assert.True(attributes[3].GetValueAsBool(), "CKA_PRIVATE");
            Assert.True(attributes[4].GetValueAsBool(), "CKA_SENSITIVE");
            Assert.False(attributes[5].GetValueAsBool(), "CKA_EXTRACTABLE");
            Assert.True(attributes[6].GetValueAsBool(), "CKA_ALWAYS_SENSITIVE");
            Assert.True(attributes[7].GetValueAsBool(), "CKA_NEVER_EXTRACTABLE");
            Assert.True(attributes[8].GetValueAsBool(), "CKA_LOCAL (generated inside the token)");
            Assert.False(attributes[9].GetValueAsBool(), "CKA_WRAP");
            Assert.False(attributes[10].GetValueAsBool(), "CKA_MODIFIABLE");
            Assert.True(attributes[11].CannotBeRead, "the key's value can be read from the token");
        }
    }

    [SkippableFact]
    public async Task RotationByAnotherInstance_IsSeenAtOnce_WithoutARestart()
    {
        hsm.SkipIfUnavailable();
        using var first = new Pkcs11KeyEncryptionKeyProvider(hsm.Options(_prefix));
        using var second = new Pkcs11KeyEncryptionKeyProvider(hsm.Options(_prefix));
        var before = await first.GetCurrentKeyIdAsync();

        var rotated = await second.RotateAsync();
        var dataKey = RandomNumberGenerator.GetBytes(32);
        var wrapped = await second.WrapAsync(dataKey, Context);

        Assert.NotEqual(before, rotated);
        Assert.Equal(rotated, await first.GetCurrentKeyIdAsync());
        Assert.Equal(rotated, (await first.WrapAsync(dataKey, Context)).KeyEncryptionKeyId);
        var unwrapped = new byte[32];
        await first.UnwrapAsync(wrapped.KeyEncryptionKeyId, wrapped.WrappedKey, Context, unwrapped);
        Assert.Equal(dataKey, unwrapped);
    }

    [SkippableFact]
    public async Task RotationInAnotherProcess_IsSeenAtOnce_WithoutARestart()
    {
        hsm.SkipIfUnavailable();
        using var provider = new Pkcs11KeyEncryptionKeyProvider(hsm.Options(_prefix));
        var before = await provider.GetCurrentKeyIdAsync();
        var dataKey = RandomNumberGenerator.GetBytes(32);

        var lines = await KeyProviderChildProcess.RunAsync(
            hsm.ChildProcessStore(_prefix),
            hsm.ChildProcessEnvironment(),
            ["rotate"],
            ["wrap", Convert.ToHexString(dataKey), Convert.ToHexString(Context)]);

        var rotated = lines[0];
        var fromChild = lines[1].Split(' ');
        Assert.NotEqual(before, rotated);
        Assert.Equal(rotated, fromChild[0]);
        Assert.Equal(rotated, await provider.GetCurrentKeyIdAsync());
        Assert.Equal(dataKey, await KeyEncryptionKeyProviderConformanceTests.UnwrapAsync(provider, new WrapResult(fromChild[0], Convert.FromHexString(fromChild[1]))));
    }

    [SkippableFact]
    public async Task KeyIds_NameTheKeyObject_AndSortByGeneration()
    {
        hsm.SkipIfUnavailable();
        using var provider = new Pkcs11KeyEncryptionKeyProvider(hsm.Options(_prefix));

        var first = await provider.GetCurrentKeyIdAsync();
        var second = await provider.RotateAsync();

        Assert.Matches($"^pkcs11:{_prefix}000001-20[0-9]{{6}}-[0-9a-f]{{8}}$", first);
        Assert.Matches($"^pkcs11:{_prefix}000002-20[0-9]{{6}}-[0-9a-f]{{8}}$", second);
        Assert.True(second.Length <= 128, "key ids fit the stores' id columns");
    }

    [SkippableFact]
    public async Task LookAlikeKey_ThatCouldBeExtracted_IsNeverUsed()
    {
        hsm.SkipIfUnavailable();
        using var provider = new Pkcs11KeyEncryptionKeyProvider(hsm.Options(_prefix));
        var genuine = await provider.GetCurrentKeyIdAsync();
        var plantedLabel = $"{_prefix}000009-20261129-aaaaaaaa";
        using (var module = Pkcs11Module.Acquire(hsm.ModulePath))
        using (var session = OpenSession(module, SoftHsmFixture.ConformanceToken))
        {
            var a = session.Factories.ObjectAttributeFactory;
            using var mechanism = session.Factories.MechanismFactory.Create(CKM.CKM_AES_KEY_GEN);
            session.GenerateKey(mechanism, [
                a.Create(CKA.CKA_CLASS, CKO.CKO_SECRET_KEY), a.Create(CKA.CKA_KEY_TYPE, CKK.CKK_AES), a.Create(CKA.CKA_VALUE_LEN, 32UL),
                a.Create(CKA.CKA_TOKEN, true), a.Create(CKA.CKA_SENSITIVE, false), a.Create(CKA.CKA_EXTRACTABLE, true),
                a.Create(CKA.CKA_ENCRYPT, true), a.Create(CKA.CKA_DECRYPT, true), a.Create(CKA.CKA_LABEL, plantedLabel)]);
        }

        var wrapped = await provider.WrapAsync(RandomNumberGenerator.GetBytes(32), Context);
        var rotated = await provider.RotateAsync();

        Assert.Equal(genuine, wrapped.KeyEncryptionKeyId);
        Assert.StartsWith($"pkcs11:{_prefix}000002-", rotated, StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<ProtectionException>(async () =>
            await provider.UnwrapAsync("pkcs11:" + plantedLabel, wrapped.WrappedKey, Context, new byte[32]));
        Assert.Equal(ProtectionErrorCodes.UnknownKeyEncryptionKey, error.Code);
    }

    [SkippableFact]
    public async Task SessionsClosedUnderneath_AreReopened_WithAFreshLogin()
    {
        hsm.SkipIfUnavailable();
        var logs = new FakeLogCollector();
        using var provider = new Pkcs11KeyEncryptionKeyProvider(hsm.Options(_prefix), TimeProvider.System, new FakeLogger<Pkcs11KeyEncryptionKeyProvider>(logs));
        var dataKey = RandomNumberGenerator.GetBytes(32);
        var wrapped = await provider.WrapAsync(dataKey, Context);
        using (var module = Pkcs11Module.Acquire(hsm.ModulePath))
        {
            var slot = module.Library.GetSlotList(SlotsType.WithTokenPresent).Single(s => s.GetTokenInfo().Label == SoftHsmFixture.ConformanceToken);
            slot.CloseAllSessions(); // also logs the token out
        }

        var unwrapped = new byte[32];
        await provider.UnwrapAsync(wrapped.KeyEncryptionKeyId, wrapped.WrappedKey, Context, unwrapped);

        Assert.Equal(dataKey, unwrapped);
        Assert.Equal(wrapped.KeyEncryptionKeyId, (await provider.WrapAsync(dataKey, Context)).KeyEncryptionKeyId);
        Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 2008);
    }

    [Fact]
    public void MissingLibrary_FailsWithLibraryUnavailable_NamingThePath()
    {
        var path = Path.Combine(_folder, "libnothere.so");

        var error = Assert.Throws<ProtectionException>(() => new Pkcs11KeyEncryptionKeyProvider(Options(path)));

        Assert.Equal(ProtectionErrorCodes.Pkcs11LibraryUnavailable, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatIsNotAPkcs11Module_FailsWithLibraryUnavailable()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_folder, "libfake.so");
        File.WriteAllText(path, "not a shared library");

        var error = Assert.Throws<ProtectionException>(() => new Pkcs11KeyEncryptionKeyProvider(Options(path)));

        Assert.Equal(ProtectionErrorCodes.Pkcs11LibraryUnavailable, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void UnknownToken_FailsWithTokenNotFound_ListingTheTokensPresent()
    {
        hsm.SkipIfUnavailable();

        var byLabel = Assert.Throws<ProtectionException>(() => new Pkcs11KeyEncryptionKeyProvider(hsm.Options(_prefix, token: "no-such-token")));
        var bySlot = Assert.Throws<ProtectionException>(() => new Pkcs11KeyEncryptionKeyProvider(new Pkcs11KeyProviderOptions
        {
            LibraryPath = hsm.ModulePath,
            SlotId = 424242,
            UserPin = hsm.UserPin,
            KeyLabelPrefix = _prefix,
        }));

        Assert.Equal(ProtectionErrorCodes.Pkcs11TokenNotFound, byLabel.Code);
        Assert.Contains("'no-such-token'", byLabel.Message, StringComparison.Ordinal);
        Assert.Contains($"'{SoftHsmFixture.ConformanceToken}'", byLabel.Message, StringComparison.Ordinal);
        Assert.Equal(ProtectionErrorCodes.Pkcs11TokenNotFound, bySlot.Code);
        Assert.Contains("424242", bySlot.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void WrongPin_FailsWithPinRejected_WithoutEchoingAnyPin()
    {
        hsm.SkipIfUnavailable();
        var options = hsm.Options(_prefix, token: SoftHsmFixture.ErrorsToken);
        options.UserPin = "wrong-" + hsm.UserPin[..4];

        var error = Assert.Throws<ProtectionException>(() => new Pkcs11KeyEncryptionKeyProvider(options));

        Assert.Equal(ProtectionErrorCodes.Pkcs11PinRejected, error.Code);
        Assert.Contains(Pkcs11KeyProviderOptions.DefaultUserPinEnvironmentVariable, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(options.UserPin, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(hsm.UserPin, error.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PinFromTheEnvironment_IsUsed_WhenTheOptionsHaveNone()
    {
        hsm.SkipIfUnavailable();
        var variable = "CONFIDANT_TEST_PIN_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
        var options = hsm.Options(_prefix);
        options.UserPin = null;
        options.UserPinEnvironmentVariable = variable;
        Environment.SetEnvironmentVariable(variable, hsm.UserPin);
        try
        {
            using var provider = new Pkcs11KeyEncryptionKeyProvider(options);

            Assert.StartsWith("pkcs11:" + _prefix, await provider.GetCurrentKeyIdAsync(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [SkippableFact]
    public async Task Logs_NameTheTokenAndKeys_NeverThePin()
    {
        hsm.SkipIfUnavailable();
        var logs = new FakeLogCollector();
        using (var provider = new Pkcs11KeyEncryptionKeyProvider(hsm.Options(_prefix), TimeProvider.System, new FakeLogger<Pkcs11KeyEncryptionKeyProvider>(logs)))
        {
            await provider.RotateAsync();
            await provider.WrapAsync(RandomNumberGenerator.GetBytes(32), Context);
        }

        var records = logs.GetSnapshot();
        Assert.Contains(records, r => r.Id.Id == 2006 && r.Message.Contains(SoftHsmFixture.ConformanceToken, StringComparison.Ordinal));
        Assert.Equal(2, records.Count(r => r.Id.Id == 2007));
        Assert.All(records, r => Assert.DoesNotContain(hsm.UserPin, r.Message + r.Exception, StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidOptions_AreRefusedAtStartUp_WithoutThePin()
    {
        var pin = "pin-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
        var validator = new Pkcs11KeyProviderOptionsValidator();

        var bothTokenAndSlot = validator.Validate(null, new Pkcs11KeyProviderOptions { LibraryPath = "libsofthsm2.so", TokenLabel = "t", SlotId = 1, UserPin = pin });
        var noPin = validator.Validate(null, new Pkcs11KeyProviderOptions { LibraryPath = "libsofthsm2.so", TokenLabel = "t", UserPinEnvironmentVariable = "CONFIDANT_TEST_UNSET_PIN" });
        var badPrefix = validator.Validate(null, new Pkcs11KeyProviderOptions { LibraryPath = "libsofthsm2.so", TokenLabel = "t", UserPin = pin, KeyLabelPrefix = "kek/" });
        var missingLibrary = validator.Validate(null, new Pkcs11KeyProviderOptions { LibraryPath = Path.Combine(_folder, "none.so"), TokenLabel = "t", UserPin = pin });
        var fine = validator.Validate(null, new Pkcs11KeyProviderOptions { LibraryPath = "libsofthsm2.so", TokenLabel = "t", UserPin = pin });

        Assert.Contains("exactly one of TokenLabel and SlotId", bothTokenAndSlot.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("CONFIDANT_TEST_UNSET_PIN", noPin.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("KeyLabelPrefix", badPrefix.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(ProtectionErrorCodes.Pkcs11LibraryUnavailable, missingLibrary.FailureMessage, StringComparison.Ordinal);
        Assert.True(fine.Succeeded);
        Assert.All(new[] { bothTokenAndSlot, badPrefix, missingLibrary }, r => Assert.DoesNotContain(pin, r.FailureMessage, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddConfidantPkcs11KeyProvider_ReplacesTheKeyFile_WhicheverIsCalledFirst(bool pkcs11First)
    {
        hsm.SkipIfUnavailable();
        var keyFile = Path.Combine(_folder, "keys", "kek.json");
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IDataKeyStore, InMemoryDataKeyStore>();
        services.AddSingleton<ITokenStore, InMemoryTokenStore>();
        void AddPkcs11() => services.AddConfidantPkcs11KeyProvider(o =>
        {
            o.LibraryPath = hsm.ModulePath;
            o.TokenLabel = SoftHsmFixture.ConformanceToken;
            o.UserPin = hsm.UserPin;
            o.KeyLabelPrefix = _prefix;
        });
        if (pkcs11First)
        {
            AddPkcs11();
        }

        services.AddConfidantProtection(o => o.KeyFilePath = keyFile);
        if (!pkcs11First)
        {
            AddPkcs11();
        }

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var record = new RecordContext("acme", "subj-1", "message.original", "msg-1");
        var sealer = provider.GetRequiredService<RecordSealer>();
        var envelope = await sealer.SealTextAsync(record, "hello".AsMemory());
        var opened = await sealer.OpenAsync(record, envelope);

        Assert.IsType<Pkcs11KeyEncryptionKeyProvider>(provider.GetRequiredService<IKeyEncryptionKeyProvider>());
        Assert.Single(services, d => d.ServiceType == typeof(IKeyEncryptionKeyProvider));
        Assert.Equal("hello", Encoding.UTF8.GetString(opened.Plaintext));
        Assert.StartsWith("pkcs11:" + _prefix, provider.GetRequiredService<IDataKeyStore>() is InMemoryDataKeyStore store ? store.All.Single().KeyEncryptionKeyId : "", StringComparison.Ordinal);
        Assert.False(File.Exists(keyFile), "the key file was created although PKCS#11 is the provider");
        Assert.True(provider.GetRequiredService<IOptions<Pkcs11KeyProviderOptions>>().Value.TokenLabel == SoftHsmFixture.ConformanceToken);
    }

    private Pkcs11KeyProviderOptions Options(string libraryPath) => new()
    {
        LibraryPath = libraryPath,
        TokenLabel = "any",
        UserPin = "0000",
        KeyLabelPrefix = _prefix,
    };

    private ISession OpenSession(Pkcs11Module module, string token)
    {
        var slot = module.Library.GetSlotList(SlotsType.WithTokenPresent).Single(s => s.GetTokenInfo().Label == token);
        var session = slot.OpenSession(SessionType.ReadWrite);
        try
        {
            session.Login(CKU.CKU_USER, hsm.UserPin);
        }
        catch (Pkcs11Exception ex) when (ex.RV == CKR.CKR_USER_ALREADY_LOGGED_IN)
        {
            // the provider under test holds the login
        }

        return session;
    }

    private static List<IObjectHandle> FindByLabelPrefix(ISession session, string prefix)
    {
        var a = session.Factories.ObjectAttributeFactory;
        return [.. session.FindAllObjects([a.Create(CKA.CKA_CLASS, CKO.CKO_SECRET_KEY)])
            .Where(h => session.GetAttributeValue(h, [CKA.CKA_LABEL])[0].GetValueAsString().StartsWith(prefix, StringComparison.Ordinal))];
    }
}
