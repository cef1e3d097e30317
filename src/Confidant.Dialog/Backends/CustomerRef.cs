namespace Confidant.Dialog.Backends;

/// <summary>
/// The customer as a backend sees them: an opaque keyed pseudonym chosen by the caller (for example
/// the base64url HMAC of the customer id under a key held for that backend), never an e-mail
/// address, account number or any other identifier a backend could look up elsewhere.
/// </summary>
/// <remarks>
/// The shape is checked so that the obvious mistakes cannot be made: 16 to 128 characters of
/// <c>A-Z a-z 0-9 - _</c> (so no e-mail address, no spaces), and not only digits (an account or card
/// number). A pseudonym of 128 bits or more in base64url or hex passes. The reference is an id and is
/// printed by <see cref="ToString"/>.
/// </remarks>
public sealed record CustomerRef
{
    /// <summary>The shortest reference accepted.</summary>
    public const int MinLength = 16;

    /// <summary>The longest reference accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>Wraps a pseudonym after checking its shape.</summary>
    /// <exception cref="ArgumentException">The value is not an opaque pseudonym (the message does not repeat it).</exception>
    public CustomerRef(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsWellFormed(value))
        {
            throw new ArgumentException(
                $"A customer reference is an opaque pseudonym of {MinLength} to {MaxLength} characters from A-Z, a-z, 0-9, '-' and '_', not only digits; an e-mail address or an account number is refused.",
                nameof(value));
        }

        Value = value;
    }

    /// <summary>The pseudonym.</summary>
    public string Value { get; }

    /// <summary>True when <paramref name="value"/> has the shape of a customer reference.</summary>
    public static bool IsWellFormed(string? value)
    {
        if (value is null || value.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        var onlyDigits = true;
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }

            onlyDigits &= char.IsAsciiDigit(c);
        }

        return !onlyDigits;
    }

    /// <summary>The pseudonym (an id, safe to log).</summary>
    public override string ToString() => Value;
}
