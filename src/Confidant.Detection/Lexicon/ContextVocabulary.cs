using Confidant.Detection.Recognizers.Contact;
using Confidant.Detection.Recognizers.Credentials;
using Confidant.Detection.Recognizers.Financial;
using Confidant.Detection.Recognizers.Government;
using Confidant.Detection.Recognizers.Health;
using Confidant.Detection.Recognizers.Payment;
using Confidant.Detection.Recognizers.Personal;

namespace Confidant.Detection.Lexicon;

/// <summary>
/// Every built-in context keyword, in English, Spanish, French and German. Each family of
/// recognizers owns its words; the words shared by all (number, id, and the harmless-number
/// words) live here.
/// </summary>
internal static class ContextVocabulary
{
    public static IEnumerable<ContextWord> All =>
        Shared
            .Concat(PaymentVocabulary.Words)
            .Concat(FinancialVocabulary.Words)
            .Concat(GovernmentVocabulary.Words)
            .Concat(CredentialsVocabulary.Words)
            .Concat(HealthVocabulary.Words)
            .Concat(ContactVocabulary.Words)
            .Concat(PersonalVocabulary.Words);

    private static IEnumerable<ContextWord> Shared =>
        Words(ContextKinds.Number, "number", "no", "num", "nr", "nbr", "numero", "número", "numéro", "nummer")
        .Concat(Words(ContextKinds.Identity, "id", "identification", "identity", "identifier", "identidad", "identité", "ausweis"))
        .Concat(Words(ContextKinds.OrderReference,
            "order", "orders", "item", "items", "sku", "product", "article", "invoice", "reference", "ref", "ticket",
            "confirmation", "case", "booking", "reservation", "receipt", "transaction", "catalog", "catalogue", "part",
            "pedido", "artículo", "factura", "referencia", "commande", "article", "facture", "référence",
            "bestellung", "artikel", "rechnung", "referenz", "auftrag", "reserva", "réservation", "reservierung", "buchung",
            "pnr", "imei", "iccid", "vin", "mprn", "mpan", "nmi", "meter", "zählernummer", "contador", "compteur",
            "rechnungsnummer", "bestellnummer", "auftragsnummer", "artikelnummer", "buchungsnummer", "vorgangsnummer",
            "referenznummer", "localizador"))
        .Concat(Words(ContextKinds.Tracking,
            "tracking", "track", "shipment", "shipping", "parcel", "package", "delivery", "courier", "ups", "usps",
            "fedex", "dhl", "waybill", "seguimiento", "envío", "paquete", "suivi", "colis", "livraison",
            "sendung", "paket", "lieferung", "sendungsnummer"))
        // "pay" and "charge" are left out: people say them right next to the card they pay with.
        .Concat(Words(ContextKinds.Amount,
            "price", "total", "amount", "paid", "cost", "costs", "usd", "eur", "gbp", "dollars", "euros",
            "pounds", "balance", "refund", "fee", "precio", "importe", "prix", "montant",
            "preis", "betrag", "summe"))
        .Concat(Words(ContextKinds.Quantity, "qty", "quantity", "pack", "pcs", "pieces", "units", "cantidad", "quantité", "menge", "stück"))
        .Concat(Words(ContextKinds.Version, "version", "build", "release", "model", "serial", "firmware", "versión", "modèle", "modell"));

    /// <summary>Helper for vocabularies: one kind, many words.</summary>
    internal static IEnumerable<ContextWord> Words(ContextKinds kinds, params string[] words) =>
        words.Select(w => new ContextWord(w, kinds));
}
