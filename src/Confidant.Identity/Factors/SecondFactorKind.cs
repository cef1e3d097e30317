namespace Confidant.Identity.Factors;

/// <summary>The second factors a customer can present. Names are what audit events and forms use.</summary>
public enum SecondFactorKind
{
    /// <summary>A code from an authenticator app (TOTP).</summary>
    Totp,

    /// <summary>A one-time code sent by e-mail.</summary>
    EmailCode,

    /// <summary>A one-time code sent by SMS (a restricted authenticator under NIST SP 800-63B).</summary>
    SmsCode,

    /// <summary>A single-use recovery code.</summary>
    RecoveryCode,

    /// <summary>A passkey (WebAuthn).</summary>
    Passkey,
}

/// <summary>Names of <see cref="SecondFactorKind"/> in audit events and forms.</summary>
public static class SecondFactorNames
{
    /// <summary>The name of a factor kind.</summary>
    public static string Of(SecondFactorKind kind) => kind switch
    {
        SecondFactorKind.Totp => "totp",
        SecondFactorKind.EmailCode => "email-code",
        SecondFactorKind.SmsCode => "sms-code",
        SecondFactorKind.RecoveryCode => "recovery-code",
        SecondFactorKind.Passkey => "passkey",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Parses a name; false for anything else.</summary>
    public static bool TryParse(string? name, out SecondFactorKind kind)
    {
        foreach (var candidate in Enum.GetValues<SecondFactorKind>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
