using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Contact;

/// <summary>Context words of the contact recognizers in English, Spanish, French and German.</summary>
internal static class ContactVocabulary
{
    public static IEnumerable<ContextWord> Words =>
        ContextVocabulary.Words(ContextKinds.Email,
            "email", "emails", "emailed", "mail", "mailto", "inbox", "gmail", "correo", "electrónico", "courriel",
            "mél", "emailadresse", "mailadresse")
        .Concat(ContextVocabulary.Words(ContextKinds.Phone,
            "phone", "phones", "telephone", "tel", "call", "calls", "calling", "mobile", "cell", "cellphone",
            "landline", "fax", "text", "texting", "sms", "whatsapp", "ring", "dial", "ph", "mob", "phn",
            "teléfono", "telefono", "móvil", "movil", "celular", "llamar", "llámame", "llamame", "llama", "fijo",
            "téléphone", "tél", "portable", "appeler", "appelle", "appelez", "joindre",
            "telefon", "telefonnummer", "handy", "handynummer", "rufnummer", "anrufen", "ruf", "mobil",
            "mobilnummer", "festnetz", "durchwahl"))
        .Concat(ContextVocabulary.Words(ContextKinds.Address,
            "street", "live", "lives", "living", "located", "residence", "resides", "home", "ship", "mailing",
            "dirección", "direccion", "domicilio", "vivo", "vive", "domicile", "habite", "habitons",
            "anschrift", "wohne", "wohnt", "wohnhaft", "wohnadresse", "lieferadresse", "lieferanschrift"))
        .Concat(ContextVocabulary.Words(ContextKinds.Address | ContextKinds.Email | ContextKinds.Ip,
            "address", "addresses", "adresse", "adressen"))
        .Concat(ContextVocabulary.Words(ContextKinds.Postcode,
            "zip", "zipcode", "postcode", "postcodes", "postal", "plz", "postleitzahl", "eircode"))
        .Concat(ContextVocabulary.Words(ContextKinds.Ip,
            "ip", "ips", "ipv4", "ipv6", "server", "servers", "host", "hostname", "gateway", "router", "dns",
            "subnet", "netmask", "proxy", "vpn", "ping", "firewall", "servidor", "serveur", "rechner"));
}
