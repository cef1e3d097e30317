using Confidant.Detection.Conversation;

namespace Confidant.Detection.Tests.Core;

/// <summary>A window kept between requests as exported state behaves as one kept in memory.</summary>
public class ConversationWindowStateTests
{
    private static readonly string[][] Conversations =
    [
        ["my card is 4111 1111", "1111 1111", "thanks"],
        ["card: 4111 1111", "1111", "1111", "and my email is jane.doe@example.com", "ok"],
        ["jane.doe@example.com", "thanks", "my ssn is 078-05-", "1120 please"],
        ["hello", "😀😀😀 4111 1111 1111 1111 😀", "bye"],
    ];

    [Fact]
    public void AWindowRestoredBeforeEveryMessage_FindsWhatOneLiveWindowFinds()
    {
        foreach (var messages in Conversations)
        {
            var live = Detectors.Default.StartConversation();
            byte[]? state = null;
            foreach (var message in messages)
            {
                var restored = Detectors.Default.StartConversation();
                if (state is not null)
                {
                    restored.Restore(state);
                }

                var expected = live.Scan(message).Select(Describe).ToList();
                var actual = restored.Scan(message).Select(Describe).ToList();
                Assert.Equal(expected, actual);
                state = restored.Export();
            }
        }
    }

    [Fact]
    public void TheState_KeepsNoMoreThanTheCarryLength()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan(new string('a', 10_000) + " 4111 1111");
        var restored = Detectors.Default.StartConversation();
        restored.Restore(window.Export());

        Assert.True(window.Export().Length < 400);
        Assert.Single(restored.Scan("1111 1111"), f => f.Class.Name == "CARD_NUMBER");
    }

    [Fact]
    public void MalformedState_IsRefused_AndLeavesTheWindowEmpty()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan("card: 4111 1111");
        var state = window.Export();

        foreach (var bad in new[] { Array.Empty<byte>(), [2], state[..^1], [.. state, 0], Tamper(state, 1, 0xFF) })
        {
            var fresh = Detectors.Default.StartConversation();
            Assert.Throws<FormatException>(() => fresh.Restore(bad));
            Assert.Equal(0, fresh.MessageCount);
            Assert.DoesNotContain(fresh.Scan("1111 1111"), f => f.Class.Name == "CARD_NUMBER");
        }

        var used = Detectors.Default.StartConversation();
        used.Scan("hi");
        Assert.Throws<InvalidOperationException>(() => used.Restore(state));
    }

    [Fact]
    public void StateWithAnOffsetThatOverflows_IsRefused()
    {
        var window = Detectors.Default.StartConversation();
        window.Scan("card 4111 1111");
        var state = window.Export();

        // version (1 byte), message count, tail count, then the first piece: message index, offset.
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(state.AsSpan(1 + 4 + 4 + 4), int.MaxValue - 5);
        var fresh = Detectors.Default.StartConversation();
        Assert.Throws<FormatException>(() => fresh.Restore(state));
        Assert.Equal(0, fresh.MessageCount);
    }

    private static byte[] Tamper(byte[] state, int index, byte value)
    {
        var copy = state.ToArray();
        copy[index] = value;
        copy[index + 1] = value;
        copy[index + 2] = value;
        copy[index + 3] = value;
        return copy;
    }

    private static string Describe(ConversationFinding f) =>
        $"{f.Class.Name}:{string.Join("|", f.Parts.Select(p => $"{p.MessageIndex}/{p.Start}-{p.End}"))}";
}
