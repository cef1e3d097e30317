using Confidant.Detection.Lexicon;

namespace Confidant.Detection.Recognizers.Credentials;

/// <summary>Context words of the credentials recognizers in English, Spanish, French and German.</summary>
internal static class CredentialsVocabulary
{
    public static IEnumerable<ContextWord> Words =>
        ContextVocabulary.Words(ContextKinds.Password,
            "password", "passwords", "passwd", "pwd", "pw", "pass", "passphrase", "passcode", "contraseña", "contrasena",
            "clave", "passe", "mdp", "passwort", "kennwort",
            // common misspellings: a customer in a hurry still announces a password
            "pasword", "passwrd", "passowrd", "paswd", "paswort")
        .Concat(ContextVocabulary.Words(ContextKinds.Pin, "pin", "nip", "geheimzahl", "puk"))
        .Concat(ContextVocabulary.Words(ContextKinds.OneTimeCode,
            "otp", "totp", "2fa", "mfa", "code", "codes", "código", "codigo", "verification", "verificación", "verificacion",
            "vérification", "authenticator", "bestätigungscode", "verifizierungscode", "einmalcode", "sms-code",
            // German online banking's transaction numbers ("mTAN", "pushTAN"); not a bare "TAN", which is
            // also a surname ("Mr Tan", "Tan, Wei Ming")
            "mtan", "pushtan", "smstan", "chiptan", "phototan", "mobiletan"))
        .Concat(ContextVocabulary.Words(ContextKinds.Secret,
            "key", "keys", "apikey", "api", "token", "tokens", "secret", "secrets", "bearer", "authorization", "auth",
            "credential", "credentials", "aws", "clé", "cle", "jeton", "llave", "secreto", "schlüssel", "schluessel"));
}
