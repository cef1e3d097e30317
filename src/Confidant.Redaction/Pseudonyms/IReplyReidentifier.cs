using Confidant.Redaction.Text;

namespace Confidant.Redaction.Pseudonyms;

/// <summary>Turns a reply written against pseudonyms back into the customer's own words.</summary>
public interface IReplyReidentifier
{
    /// <summary>
    /// Replaces each <c>&lt;CLASS_N&gt;</c> in <paramref name="reply"/> with the value from
    /// <paramref name="context"/>'s own pseudonym table, shown as the policy's <c>echo</c> sink shows
    /// its class: Allow gives the value, Mask the masked form (an SSN becomes <c>***-**-4399</c>),
    /// Pseudonymize and Tokenize keep the placeholder, any other action the class label. Placeholders not in that table (another
    /// conversation's, or invented) stay as written or become the class label, as the policy's
    /// <c>UnknownPlaceholders</c> says. The result may hold raw values, so it is a <see cref="RawText"/>.
    /// </summary>
    RawText Reidentify(string reply, ConversationContext context);
}
