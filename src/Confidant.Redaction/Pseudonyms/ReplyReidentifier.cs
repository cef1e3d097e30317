using System.Globalization;
using System.Text.RegularExpressions;
using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Text;
using Microsoft.Extensions.Logging;

namespace Confidant.Redaction.Pseudonyms;

/// <summary>Restores pseudonyms of the customer's own conversation, and only those.</summary>
internal sealed partial class ReplyReidentifier(PrivacyPolicy policy, ILogger<ReplyReidentifier> logger) : IReplyReidentifier
{
    private readonly ShapingEngine _labels = new(policy);

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
                    builder.Append(value);
                    replaced++;
                }
                else
                {
                    unknown++;
                    if (policy.UnknownPlaceholders == UnknownPlaceholderHandling.Redact)
                    {
                        builder.Append(DataClasses.TryGet(className, out var dataClass) ? _labels.Label(dataClass) : "[REDACTED]");
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

    [GeneratedRegex("<[A-Z][A-Z0-9_]*_[1-9][0-9]{0,8}>", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
