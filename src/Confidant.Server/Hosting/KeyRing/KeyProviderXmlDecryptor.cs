using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Confidant.Protection;
using Confidant.Protection.Keys;
using Confidant.Server.Observability;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Confidant.Server.Hosting.KeyRing;

/// <summary>
/// Opens what <see cref="KeyProviderXmlEncryptor"/> wrote. Data Protection creates decryptors by
/// type name with a constructor taking <see cref="IServiceProvider"/>, hence the service lookup.
/// </summary>
internal sealed class KeyProviderXmlDecryptor : IXmlDecryptor
{
    private readonly IKeyEncryptionKeyProvider _keys;
    private readonly ILogger _logger;

    public KeyProviderXmlDecryptor(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _keys = services.GetRequiredService<IKeyEncryptionKeyProvider>();
        _logger = services.GetRequiredService<ILogger<KeyProviderXmlDecryptor>>();
    }

    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        if (encryptedElement.Name != KeyProviderXmlEncryptor.ElementName || (string?)encryptedElement.Attribute("version") != "1")
        {
            throw new CryptographicException("The Data Protection key is not in the format this server wrote.");
        }

        var kek = (string?)encryptedElement.Attribute("kek") ?? throw new CryptographicException("The Data Protection key names no key-encryption key.");
        var wrapped = Read(encryptedElement, "wrappedKey");
        var nonce = Read(encryptedElement, "nonce");
        var ciphertext = Read(encryptedElement, "ciphertext");
        var tag = Read(encryptedElement, "tag");
        var key = new byte[KeyProviderXmlEncryptor.KeySize];
        var plaintext = new byte[ciphertext.Length];
        try
        {
            _keys.UnwrapAsync(kek, wrapped, KeyProviderXmlEncryptor.WrapContext, key).AsTask().GetAwaiter().GetResult();
            using (var aes = new AesGcm(key, KeyProviderXmlEncryptor.TagSize))
            {
                aes.Decrypt(nonce, ciphertext, tag, plaintext, KeyProviderXmlEncryptor.AssociatedData(kek));
            }

            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        catch (ProtectionException ex)
        {
            Log.DataProtectionKeyUnreadable(_logger, ex.Code);
            throw new CryptographicException("The Data Protection key cannot be unwrapped by this key-encryption key provider.", ex);
        }
        catch (AuthenticationTagMismatchException ex)
        {
            Log.DataProtectionKeyUnreadable(_logger, "tag-mismatch");
            throw new CryptographicException("The Data Protection key failed its integrity check.", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] Read(XElement element, string name)
    {
        var value = (string?)element.Element(name) ?? throw new CryptographicException($"The Data Protection key has no {name}.");
        return Convert.FromBase64String(value);
    }
}
