using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Confidant.Identity.Messaging;

/// <summary>
/// Checks <see cref="SecurityMessagingOptions"/> at start-up. Each failure names the setting by its
/// configuration key; no failure repeats a configured value, so a password or auth token cannot end
/// up in a log or a crash report through it.
/// </summary>
internal sealed partial class SecurityMessagingOptionsValidator : IValidateOptions<SecurityMessagingOptions>
{
    private const string Email = SecurityMessagingOptions.SectionName + ":Email";
    private const string Smtp = Email + ":Smtp";
    private const string Sms = SecurityMessagingOptions.SectionName + ":Sms";
    private const string Twilio = Sms + ":Twilio";
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, SecurityMessagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var email = options.Email ?? new EmailMessagingOptions();
        var sms = options.Sms ?? new SmsMessagingOptions();

        if (!Enum.IsDefined(email.Provider))
        {
            failures.Add($"{Email}:Provider must be Outbox or Smtp.");
        }
        else if (email.Provider == EmailProvider.Smtp)
        {
            CheckSmtp(email.Smtp ?? new SmtpTransportOptions(), failures);
        }

        if (!Enum.IsDefined(sms.Provider))
        {
            failures.Add($"{Sms}:Provider must be Outbox or Twilio.");
        }
        else if (sms.Provider == SmsProvider.Twilio)
        {
            CheckTwilio(sms.Twilio ?? new TwilioTransportOptions(), failures);
        }

        if ((email.Provider == EmailProvider.Outbox || sms.Provider == SmsProvider.Outbox) && string.IsNullOrWhiteSpace(options.OutboxPath))
        {
            failures.Add($"{SecurityMessagingOptions.SectionName}:OutboxPath is required when a provider is Outbox.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckSmtp(SmtpTransportOptions smtp, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            failures.Add($"{Smtp}:Host is required when the e-mail provider is Smtp.");
        }

        if (smtp.Port is < 1 or > 65535)
        {
            failures.Add($"{Smtp}:Port must be 1 to 65535.");
        }

        if (!Enum.IsDefined(smtp.Security))
        {
            failures.Add($"{Smtp}:Security must be StartTls or SslOnConnect; plaintext SMTP is not supported.");
        }

        if (string.IsNullOrWhiteSpace(smtp.From))
        {
            failures.Add($"{Smtp}:From is required when the e-mail provider is Smtp.");
        }
        else if (!SecurityChannels.IsEmailAddress(smtp.From))
        {
            failures.Add($"{Smtp}:From must be a bare e-mail address (security@example.com).");
        }

        if (!string.IsNullOrEmpty(smtp.FromName) && smtp.FromName.Any(char.IsControl))
        {
            failures.Add($"{Smtp}:FromName must not contain control characters.");
        }

        var hasUser = !string.IsNullOrEmpty(smtp.UserName);
        var hasPassword = !string.IsNullOrEmpty(smtp.Password);
        if (hasUser && !hasPassword)
        {
            failures.Add($"{Smtp}:Password is required when {Smtp}:UserName is set.");
        }
        else if (hasPassword && !hasUser)
        {
            failures.Add($"{Smtp}:UserName is required when {Smtp}:Password is set.");
        }

        CheckTimeout(smtp.Timeout, $"{Smtp}:Timeout", failures);

        if (!string.IsNullOrWhiteSpace(smtp.ServerCertificateSha256) && CertificatePin.Parse(smtp.ServerCertificateSha256) is null)
        {
            failures.Add($"{Smtp}:ServerCertificateSha256 must be a SHA-256 thumbprint: 64 hexadecimal digits (colons allowed).");
        }
    }

    private static void CheckTwilio(TwilioTransportOptions twilio, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(twilio.AccountSid))
        {
            failures.Add($"{Twilio}:AccountSid is required when the SMS provider is Twilio.");
        }
        else if (!AccountSid().IsMatch(twilio.AccountSid))
        {
            failures.Add($"{Twilio}:AccountSid must be AC followed by 32 hexadecimal digits.");
        }

        if (string.IsNullOrWhiteSpace(twilio.AuthToken))
        {
            failures.Add($"{Twilio}:AuthToken is required when the SMS provider is Twilio.");
        }

        var hasFrom = !string.IsNullOrWhiteSpace(twilio.From);
        var hasService = !string.IsNullOrWhiteSpace(twilio.MessagingServiceSid);
        if (!hasFrom && !hasService)
        {
            failures.Add($"{Twilio}:From or {Twilio}:MessagingServiceSid is required when the SMS provider is Twilio.");
        }

        if (hasFrom && !SecurityChannels.IsE164(twilio.From))
        {
            failures.Add($"{Twilio}:From must be an E.164 phone number (a plus sign and 7 to 15 digits).");
        }

        if (hasService && !MessagingServiceSid().IsMatch(twilio.MessagingServiceSid!))
        {
            failures.Add($"{Twilio}:MessagingServiceSid must be MG followed by 32 hexadecimal digits.");
        }

        CheckTimeout(twilio.Timeout, $"{Twilio}:Timeout", failures);
    }

    private static void CheckTimeout(TimeSpan timeout, string key, List<string> failures)
    {
        if (timeout < TimeSpan.FromSeconds(1) || timeout > MaxTimeout)
        {
            failures.Add($"{key} must be between 1 second and 5 minutes.");
        }
    }

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountSid();

    [GeneratedRegex("^MG[0-9a-fA-F]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex MessagingServiceSid();
}
