using System.Buffers.Binary;
using Confidant.Detection;
using Confidant.Detection.Conversation;
using Confidant.Redaction.Pseudonyms;

namespace Confidant.Server.Chat;

/// <summary>
/// What a conversation keeps between messages, sealed in the database: its pseudonym table and its
/// detection window (the tail of earlier messages, so a value split across two messages is found).
/// Both hold raw values, so the bytes exist only to be sealed, and are cleared after.
/// Layout: version byte 1, then the table and the window, each as a 4-byte little-endian length
/// and its bytes.
/// </summary>
internal static class ConversationState
{
    private const byte Version = 1;

    public static byte[] Write(PseudonymTable pseudonyms, ConversationWindow window)
    {
        var table = pseudonyms.Export();
        var tail = window.Export();
        try
        {
            var state = new byte[1 + 4 + table.Length + 4 + tail.Length];
            state[0] = Version;
            BinaryPrimitives.WriteInt32LittleEndian(state.AsSpan(1), table.Length);
            table.CopyTo(state, 5);
            BinaryPrimitives.WriteInt32LittleEndian(state.AsSpan(5 + table.Length), tail.Length);
            tail.CopyTo(state, 9 + table.Length);
            return state;
        }
        finally
        {
            Array.Clear(table);
            Array.Clear(tail);
        }
    }

    /// <summary>
    /// Reads a saved state into a table and a window. A state that cannot be read (written by
    /// another version, damaged) gives a fresh table and window: numbering restarts, nothing leaks.
    /// </summary>
    public static (PseudonymTable Pseudonyms, ConversationWindow Window) Read(byte[]? state, ISensitiveDataDetector detector)
    {
        var window = detector.StartConversation();
        if (state is null)
        {
            return (new PseudonymTable(), window);
        }

        try
        {
            if (state.Length < 9 || state[0] != Version)
            {
                throw new FormatException("unknown conversation state");
            }

            var tableLength = BinaryPrimitives.ReadInt32LittleEndian(state.AsSpan(1));
            if (tableLength < 0 || tableLength > state.Length - 9)
            {
                throw new FormatException("bad table length");
            }

            var windowLength = BinaryPrimitives.ReadInt32LittleEndian(state.AsSpan(5 + tableLength));
            if (windowLength != state.Length - 9 - tableLength)
            {
                throw new FormatException("bad window length");
            }

            var table = PseudonymTable.Import(state.AsSpan(5, tableLength));
            window.Restore(state.AsSpan(9 + tableLength, windowLength));
            return (table, window);
        }
        catch (Exception ex) when (ex is FormatException or PseudonymTableFormatException)
        {
            return (new PseudonymTable(), detector.StartConversation());
        }
        finally
        {
            Array.Clear(state);
        }
    }
}
