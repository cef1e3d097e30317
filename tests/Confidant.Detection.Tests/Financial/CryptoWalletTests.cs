using Confidant.Detection.Engine;

namespace Confidant.Detection.Tests.Financial;

public class CryptoWalletTests
{
    private const string Wallet = "CRYPTO_WALLET";

    [Theory]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")]                              // P2PKH
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")]                              // P2SH
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")]                      // P2WPKH, bech32
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")]                      // upper case
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")]  // Taproot, bech32m
    [InlineData("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7")]  // testnet P2WSH
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE7")]                      // Ethereum, EIP-55 case
    [InlineData("0xde709f2102306220921060314715629080e2fb77")]                      // Ethereum, lower case
    public void Scan_WalletAddress_IsFound(string address)
    {
        Assert.Equal([address], Detectors.Values($"send it to {address} thanks", Wallet));
    }

    [Fact]
    public void Scan_BitcoinAddressWithWord_ScoresFullConfidence()
    {
        var finding = Assert.Single(Detectors.Default.Detect("my btc wallet: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa").Findings);
        Assert.Equal(Scores.ValidatedWithContext, finding.Score);
    }

    [Fact]
    public void Scan_EthereumAddressWithWord_ScoresAbovePatternOnly()
    {
        var plain = Assert.Single(Detectors.Default.Detect("0xde709f2102306220921060314715629080e2fb77").Findings);
        var withWord = Assert.Single(Detectors.Default.Detect("eth address 0xde709f2102306220921060314715629080e2fb77").Findings);
        Assert.Equal(Scores.StrongPattern, plain.Score);
        Assert.True(withWord.Score > plain.Score);
    }

    [Theory]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")]                              // base58check fails
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")]                      // bech32 checksum fails
    [InlineData("bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")]                      // mixed case
    [InlineData("0xde709f2102306220921060314715629080e2fb7")]                       // 39 hex digits
    [InlineData("0xde709f2102306220921060314715629080e2fb77aa")]                    // 42 hex digits
    [InlineData("0xde709f2102306220921060314715629080e2fbzz")]                      // not hex
    [InlineData("11111111111111111111111111111111")]                              // digits only
    public void Scan_InvalidAddress_IsNotFound(string text)
    {
        Assert.Empty(Detectors.Values($"wallet {text}", Wallet));
    }
}
