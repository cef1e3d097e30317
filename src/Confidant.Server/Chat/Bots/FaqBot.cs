namespace Confidant.Server.Chat.Bots;

/// <summary>
/// A keyword FAQ bot (<c>Confidant:Dialog:Bot = faq</c>): answers common questions, and offers
/// the secure card input when the customer wants to pay. The bot packs under <c>bots/</c> are the default. It sees only its shaped view; when that
/// view had values taken out, it says so without repeating them (the notices do the detail).
/// </summary>
internal sealed class FaqBot : IChatBot
{
    private static readonly (string[] Keywords, string Answer)[] Answers =
    [
        (["hour", "open", "close"], "We're here around the clock in this chat; our branches are open 9:00 to 17:00, Monday to Friday."),
        (["privacy", "data", "delete", "erase", "gdpr"], "Everything you write here is encrypted under your own key. You can ask for a copy of your data or for it to be erased at any time."),
        (["contact", "phone", "call", "email"], "You can reach us by phone at the number on the back of your card, or by writing here."),
        (["human", "agent", "person"], "I'll note that you'd like to talk to a person; an agent can pick up this conversation."),
        (["balance", "account", "transfer", "order status"], "For anything about your account, please sign in first; then I can help with it here."),
    ];

    public string Greeting => "Hello! How can I help you today?";

    public ValueTask<BotReply> ReplyAsync(BotInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text;
        if (Contains(text, "pay") || Contains(text, "buy") || Contains(text, "purchase") || Contains(text, "order"))
        {
            return ValueTask.FromResult(new BotReply(
                "I can take your order. Please enter your card in the secure field below, not in the chat, so it never appears in this conversation.",
                new CaptureRequest("card", "Card number")));
        }

        foreach (var (keywords, answer) in Answers)
        {
            if (keywords.Any(k => Contains(text, k)))
            {
                return ValueTask.FromResult(new BotReply(answer));
            }
        }

        return ValueTask.FromResult(new BotReply(input.ClassesFound.Count > 0
            ? "Thanks. How else can I help? I can answer questions about opening hours, privacy, or take an order."
            : "I can answer questions about opening hours, privacy and contacting us, or take an order. What would you like to do?"));
    }

    public ValueTask<BotReply> ResumeAsync(BotInput input, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new BotReply("Thanks. How else can I help?"));

    public ValueTask<BotReply> CapturedAsync(BotInput input, string token, string lastFour, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new BotReply("Thanks, your card is saved securely. Your order will be processed."));

    private static bool Contains(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
