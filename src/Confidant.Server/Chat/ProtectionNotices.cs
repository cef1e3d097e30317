using Confidant.Redaction.Policy;
using Confidant.Redaction.Shaping;

namespace Confidant.Server.Chat;

/// <summary>
/// Tells the customer, in plain words, what was done with the sensitive values in their message,
/// by kind of data and never with the value: "I've hidden the card number you typed; I'll never
/// show it in this chat."
/// </summary>
internal static class ProtectionNotices
{
    /// <summary>One notice per class that the customer's transcript does not show as typed.</summary>
    public static IReadOnlyList<ChatNotice> For(ShapedText transcript)
    {
        var notices = new List<ChatNotice>();
        foreach (var group in transcript.Summary.Where(s => s.Action != RedactionAction.Allow).GroupBy(s => s.Class))
        {
            var name = group.Key.DisplayName;
            var plural = group.Sum(s => s.Count) > 1;
            var what = plural ? $"the {name}s" : $"the {name}";
            var text = group.Any(s => s.Action == RedactionAction.Tokenize)
                ? $"I've stored {what} you typed securely and hidden {(plural ? "them" : "it")} from this chat; I'll never show {(plural ? "them" : "it")} here."
                : $"I've hidden {what} you typed; I'll never show {(plural ? "them" : "it")} in this chat.";
            notices.Add(new ChatNotice("protected:" + group.Key.Name, text));
        }

        return notices;
    }
}
