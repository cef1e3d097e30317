namespace Confidant.Server.Tests.Chat;

/// <summary>One in-process server shared by a test class.</summary>
public class ChatHostFixture : IDisposable
{
    public ChatHost Host { get; }

    public ChatHostFixture()
        : this(new ChatHost())
    {
    }

    protected ChatHostFixture(ChatHost host) => Host = host;

    public void Dispose()
    {
        Host.Dispose();
        GC.SuppressFinalize(this);
    }
}
