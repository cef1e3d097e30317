using System.Globalization;
using System.Text.RegularExpressions;
using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Shaping.Masking;
using Confidant.Redaction.Text;
using Microsoft.Extensions.Logging;

namespace Confidant.Redaction.Pseudonyms;

/// <summary>
/// Restores pseudonyms of the customer's own conversation, and only those, each as the echo sink may
/// show its class: the reply goes back to the customer, so it never shows more of a value than the
/// echo of the customer's own message would.
/// </summary>
internal sealed partial class ReplyReidentifier(PrivacyPolicy policy, ILogger<ReplyReidentifier> logger) : IReplyReidentifier
{
    private const string UnknownLabel = "[REDACTED]";
    private readonly ShapingEngine _labels = new(policy);
    private readonly int _echo = policy.SinkIndex(Sink.Echo);

    public RawText Reidentify(string reply, ConversationContext context)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(context);

        var builder = new CharBuilder(reply.Length + 64);
        try
        {
            var replaced = 0;
            var unknown = 0;
            var position = 0;
            foreach (var match in PlaceholderPattern().EnumerateMatches(reply))
            {
                builder.Append(reply.AsSpan(position, match.Index - position));
                var placeholder = reply.AsSpan(match.Index, match.Length);
                var underscore = placeholder.LastIndexOf('_');
                var className = placeholder[1..underscore].ToString();
                var number = int.Parse(placeholder[(underscore + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture);
                if (context.Pseudonyms.TryResolve(className, number, out var value))
                {
                    AppendAsEchoShows(ref builder, className, placeholder, value);
                    replaced++;
                }
                else
                {
                    unknown++;
                    if (policy.UnknownPlaceholders == UnknownPlaceholderHandling.Redact)
                    {
                        builder.Append(DataClasses.TryGet(className, out var dataClass) ? _labels.Label(dataClass) : UnknownLabel);
                    }
                    else
                    {
                        builder.Append(placeholder);
                    }
                }

                position = match.Index + match.Length;
            }

            builder.Append(reply.AsSpan(position));
            Log.ReplyReidentified(logger, replaced, unknown);
            return RawText.Copy(builder.AsSpan());
        }
        finally
        {
            builder.Dispose();
        }
    }

    /// <summary>
    /// The echo sink's action for the class decides: Allow gives the value, Mask its masked form,
    /// Pseudonymize and Tokenize keep the placeholder (the table holds no token or display hint), and
    /// everything else (Redact, Hash, Drop, Block) the class label. A class the policy does not know
    /// (a table from before a custom recognizer was removed) gets a neutral label: fail closed.
    /// </summary>
    private void AppendAsEchoShows(ref CharBuilder builder, string className, ReadOnlySpan<char> placeholder, string value)
    {
        if (!policy.TryGetClass(className, out var dataClass))
        {
            builder.Append(UnknownLabel);
            return;
        }

        switch (policy.RowFor(dataClass)[_echo])
        {
            case RedactionAction.Allow:
                builder.Append(value);
                break;
            case RedactionAction.Mask:
                var mask = MaskRedactors.For(dataClass, policy.CardMask);
                mask.Redact(value, builder.AppendSpan(mask.GetRedactedLength(value)));
                break;
            case RedactionAction.Pseudonymize:
            case RedactionAction.Tokenize:
                builder.Append(placeholder);
                break;
            default:
                builder.Append(_labels.Label(dataClass));
                break;
        }
    }

    [GeneratedRegex("<[A-Z][A-Z0-9_]*_[1-9][0-9]{0,8}>", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
