using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Payment;

/// <summary>Context words of the payment recognizers in English, Spanish, French and German.</summary>
internal static class PaymentVocabulary
{
    public static IEnumerable<ContextWord> Words =>
        ContextVocabulary.Words(ContextKinds.Card,
                "card", "cards", "cc", "ccn", "pan", "visa", "mastercard", "amex", "maestro", "jcb", "unionpay", "rupay",
                "diners", "creditcard", "debitcard", "credit", "debit", "cardholder", "tarjeta", "tarjetas", "crédito",
                "credito", "débito", "debito", "carte", "cartes", "bancaire", "cb", "crédit", "karte", "kreditkarte",
                "debitkarte", "kartennummer", "girocard", "ec")
            .Concat(ContextVocabulary.Words(ContextKinds.Cvv,
                "cvv", "cvv2", "cvc", "cvc2", "cvn", "cid", "csc", "cav2", "securitycode", "cryptogramme", "cryptogram",
                "prüfziffer", "prüfnummer", "kartenprüfnummer", "sicherheitscode",
                // Weak on their own: the CVV recognizer wants "code"/"código" next to them.
                "security", "seguridad", "sécurité", "securite"))
            .Concat(ContextVocabulary.Words(ContextKinds.Expiry,
                "exp", "expiry", "expires", "expire", "expired", "expiring", "expiration", "thru", "mm", "yy", "mmyy",
                "vence", "venc", "vencimiento", "caducidad", "caduca", "expira", "expiración", "expiracion", "validité",
                "validite", "gültig", "gultig", "ablauf", "ablaufdatum", "verfall", "verfallsdatum", "läuft"));
}
