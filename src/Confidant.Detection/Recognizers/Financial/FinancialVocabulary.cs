using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Financial;

/// <summary>Context words of the financial recognizers in English, Spanish, French and German.</summary>
internal static class FinancialVocabulary
{
    public static IEnumerable<ContextWord> Words =>
        ContextVocabulary.Words(ContextKinds.Iban, "iban", "ibán")
            .Concat(ContextVocabulary.Words(ContextKinds.BankAccount,
                "account", "accounts", "acct", "acc", "accnt", "checking", "chequing", "savings", "cuenta", "cta",
                "compte", "kontonummer", "konto", "kto", "bankkonto", "girokonto", "rib"))
            .Concat(ContextVocabulary.Words(ContextKinds.Routing,
                "routing", "aba", "rtn", "transit", "abartn", "enrutamiento", "ruta"))
            .Concat(ContextVocabulary.Words(ContextKinds.Swift, "swift", "bic", "swiftbic", "bicswift"))
            .Concat(ContextVocabulary.Words(ContextKinds.Crypto,
                "wallet", "address", "btc", "bitcoin", "eth", "ether", "ethereum", "crypto", "usdt", "usdc", "erc20",
                "ltc", "litecoin", "metamask", "monedero", "billetera", "cartera", "portefeuille", "adresse",
                "dirección", "direccion", "krypto", "geldbörse"));
}
