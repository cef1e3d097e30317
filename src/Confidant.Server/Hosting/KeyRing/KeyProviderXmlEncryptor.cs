using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Confidant.Protection.Keys;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Confidant.Server.Hosting.KeyRing;

/// <summary>
/// Encrypts each Data Protection key's XML before it is stored: a fresh 256-bit key per element,
/// AES-256-GCM over the XML, and that key wrapped by the <see cref="IKeyEncryptionKeyProvider"/>
/// (the local key file or the HSM). The database alone therefore holds no usable cookie key.
/// </summary>
internal sealed class KeyProviderXmlEncryptor(IKeyEncryptionKeyProvider keys) : IXmlEncryptor
{
    internal const string ElementName = "confidantEncryptedKey";
    internal const int KeySize = 32;
    internal const int NonceSize = 12;
    internal const int TagSize = 16;

    /// <summary>Binds the wrapped key to its use, so a wrapped data key copied from elsewhere does not unwrap here.</summary>
    internal static ReadOnlyMemory<byte> WrapContext { get; } = "confidant/data-protection-key/v1"u8.ToArray();

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var key = RandomNumberGenerator.GetBytes(KeySize);
        try
        {
            // Synchronous because IXmlEncryptor is; it runs only when a new key is made (every 90 days).
            var wrapped = keys.WrapAsync(key, WrapContext).AsTask().GetAwaiter().GetResult();
            var nonce = RandomNumberGenerator.GetBytes(NonceSize);
            var ciphertext = new byte[plaintext.Length];
            var tag = new byte[TagSize];
            using (var aes = new AesGcm(key, TagSize))
            {
                aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(wrapped.KeyEncryptionKeyId));
            }

            var element = new XElement(ElementName,
                new XAttribute("version", "1"),
                new XAttribute("kek", wrapped.KeyEncryptionKeyId),
                new XElement("wrappedKey", Convert.ToBase64String(wrapped.WrappedKey)),
                new XElement("nonce", Convert.ToBase64String(nonce)),
                new XElement("ciphertext", Convert.ToBase64String(ciphertext)),
                new XElement("tag", Convert.ToBase64String(tag)));
            return new EncryptedXmlInfo(element, typeof(KeyProviderXmlDecryptor));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    internal static byte[] AssociatedData(string keyEncryptionKeyId) => Encoding.UTF8.GetBytes("confidant/data-protection/v1|" + keyEncryptionKeyId);
}
