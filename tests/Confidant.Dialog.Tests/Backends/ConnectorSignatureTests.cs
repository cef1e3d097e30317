using System.Text;
using Confidant.Dialog.Backends.Http;

namespace Confidant.Dialog.Tests.Backends;

public sealed class ConnectorSignatureTests
{
    // Key bytes 0x00..0x1f. The expected values were computed outside .NET (Python hmac/hashlib)
    // from the format in Backends/Http/README.md.
    private static readonly byte[] Secret = Convert.FromBase64String("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    [Fact]
    public void Compute_APostWithABody_MatchesTheIndependentVector()
    {
        var body = Encoding.UTF8.GetBytes("""{"amount":250.00,"currency":"GBP","payee":"landlord"}""");

        var signature = ConnectorSignature.Compute(Secret, "POST", "/api/customers/Q2xpZW50LTAwMDAwMDAx/transfers", 1767225600, body);

        Assert.Equal("v1=pCv8p9BdKv5axnayBIBoPvA+1UPkjrzo2sl5EBaqQgc=", signature);
    }

    [Fact]
    public void Compute_AGetWithAQueryAndNoBody_MatchesTheIndependentVector()
    {
        var signature = ConnectorSignature.Compute(Secret, "GET", "/api/branches/hours?area=SW1", 1767225600, []);

        Assert.Equal("v1=9u9V6E+gpQZdyr0ndUBXaFU8bl77fAMJrUmHcKZL38E=", signature);
    }

    [Fact]
    public void Verify_AcceptsTheSignature_AndRefusesAnyChange()
    {
        var body = "{}"u8.ToArray();
        var signature = ConnectorSignature.Compute(Secret, "POST", "/a?b=1", 100, body);

        Assert.True(ConnectorSignature.Verify(Secret, signature, "POST", "/a?b=1", 100, body));
        Assert.False(ConnectorSignature.Verify(Secret, signature, "PUT", "/a?b=1", 100, body));
        Assert.False(ConnectorSignature.Verify(Secret, signature, "POST", "/a?b=2", 100, body));
        Assert.False(ConnectorSignature.Verify(Secret, signature, "POST", "/a?b=1", 101, body));
        Assert.False(ConnectorSignature.Verify(Secret, signature, "POST", "/a?b=1", 100, "[]"u8.ToArray()));
        Assert.False(ConnectorSignature.Verify(new byte[32], signature, "POST", "/a?b=1", 100, body));
        Assert.False(ConnectorSignature.Verify(Secret, null, "POST", "/a?b=1", 100, body));
    }
}
