using Confidant.Redaction.Text;

namespace Confidant.Redaction.Pseudonyms;

/// <summary>Turns a reply written against pseudonyms back into the customer's own words.</summary>
public interface IReplyReidentifier
{
    /// <summary>
    /// Replaces each <c>&lt;CLASS_N&gt;</c> in <paramref name="reply"/> with the value from
    /// <paramref name="context"/>'s own pseudonym table. Placeholders not in that table (another
    /// conversation's, or invented) stay as written or become the class label, as the policy's
    /// <c>UnknownPlaceholders</c> says. The result holds raw values, so it is a <see cref="RawText"/>.
    /// </summary>
    RawText Reidentify(string reply, ConversationContext context);
}
