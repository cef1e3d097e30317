namespace Confidant.Server.Tests.Chat;

/// <summary>One in-process server shared by a test class.</summary>
public sealed class ChatHostFixture : IDisposable
{
    public ChatHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
