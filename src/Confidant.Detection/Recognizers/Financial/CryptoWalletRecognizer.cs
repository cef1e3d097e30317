using System.Buffers;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Taxonomy;
using Confidant.Detection.Text;
using Confidant.Detection.Validators;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>
/// Cryptocurrency addresses: Bitcoin legacy and P2SH (base58check, 1... and 3...), SegWit and
/// Taproot (bech32/bech32m, bc1.../tb1.../ltc1...), and Ethereum (0x + 40 hex digits; the EIP-55
/// mixed-case checksum needs Keccak-256, which the BCL lacks, so it is not checked).
/// </summary>
internal sealed class CryptoWalletRecognizer : IRecognizer
{
    public const string RecognizerId = "financial.crypto";

    private const int EthereumLength = 42;

    private static readonly SearchValues<char> NotBase58 =
        SearchValues.Create("0OIl");

    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    public string Id => RecognizerId;

    public IReadOnlyList<DataClass> Classes { get; } = [DataClasses.CryptoWallet];

    public void Recognize(ScanContext context)
    {
        var text = context.Text;
        foreach (var token in context.DigitTokens)
        {
            if (token.Length < 14 || !token.Is(TokenShape.AsciiOnly | TokenShape.HasDigit | TokenShape.HasLetter))
            {
                continue;
            }

            var value = text.Slice(token.Start, token.Length);
            double score;
            string? validator;
            if (token.Length == EthereumLength && value[0] == '0' && value[1] is 'x' or 'X' && !value[2..].ContainsAnyExcept(Hex))
            {
                score = Scores.StrongPattern;
                validator = null;
            }
            else if (IsBech32Prefix(value) && SegwitAddress.IsValid(value))
            {
                score = Scores.Validated;
                validator = "segwit";
            }
            else if (value[0] is '1' or '3' && token.Length is >= 25 and <= 35 && !value.ContainsAny(NotBase58)
                && Base58Check.IsValid(value))
            {
                score = Scores.Validated;
                validator = "base58check";
            }
            else
            {
                continue;
            }

            var hasWord = (context.ContextAround(token.Start, token.End) & ContextKinds.Crypto) != 0;
            if (hasWord)
            {
                score = Math.Min(Scores.ValidatedWithContext, score + 0.1);
            }

            context.Add(DataClasses.CryptoWallet, token.Start, token.End, score, RecognizerId, validator,
                hasWord ? ContextKinds.Crypto : ContextKinds.None);
        }
    }

    private static bool IsBech32Prefix(ReadOnlySpan<char> value) =>
        value.StartsWith("bc1", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("tb1", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("ltc1", StringComparison.OrdinalIgnoreCase);
}
