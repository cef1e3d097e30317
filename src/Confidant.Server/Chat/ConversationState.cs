using System.Buffers.Binary;
using Confidant.Detection;
using Confidant.Detection.Conversation;
using Confidant.Redaction.Pseudonyms;

namespace Confidant.Server.Chat;

/// <summary>
/// What a conversation keeps between messages, sealed in the database: its pseudonym table, its
/// detection window (the tail of earlier messages, so a value split across two messages is found)
/// and the dialog engine's state (the flow in progress and its declared slots). The first two
/// hold raw values, so the bytes exist only to be sealed, and are cleared after.
/// Layout: version byte 2, then the table, the window and the dialog state, each as a 4-byte
/// little-endian length and its bytes (version 1 had no dialog state).
/// </summary>
internal static class ConversationState
{
    private const byte Version = 2;

    public static byte[] Write(PseudonymTable pseudonyms, ConversationWindow window, ReadOnlySpan<byte> dialog = default)
    {
        var table = pseudonyms.Export();
        var tail = window.Export();
        try
        {
            var state = new byte[1 + 4 + table.Length + 4 + tail.Length + 4 + dialog.Length];
            state[0] = Version;
            BinaryPrimitives.WriteInt32LittleEndian(state.AsSpan(1), table.Length);
            table.CopyTo(state, 5);
            BinaryPrimitives.WriteInt32LittleEndian(state.AsSpan(5 + table.Length), tail.Length);
            tail.CopyTo(state, 9 + table.Length);
            BinaryPrimitives.WriteInt32LittleEndian(state.AsSpan(9 + table.Length + tail.Length), dialog.Length);
            dialog.CopyTo(state.AsSpan(13 + table.Length + tail.Length));
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
    public static (PseudonymTable Pseudonyms, ConversationWindow Window, byte[] Dialog) Read(byte[]? state, ISensitiveDataDetector detector)
    {
        var window = detector.StartConversation();
        if (state is null)
        {
            return (new PseudonymTable(), window, []);
        }

        try
        {
            if (state.Length < 9 || state[0] is not (1 or Version))
            {
                throw new FormatException("unknown conversation state");
            }

            var tableLength = BinaryPrimitives.ReadInt32LittleEndian(state.AsSpan(1));
            if (tableLength < 0 || tableLength > state.Length - 9)
            {
                throw new FormatException("bad table length");
            }

            var windowLength = BinaryPrimitives.ReadInt32LittleEndian(state.AsSpan(5 + tableLength));
            var rest = state.Length - 9 - tableLength;
            if (windowLength < 0 || windowLength > rest || (state[0] == 1 && windowLength != rest))
            {
                throw new FormatException("bad window length");
            }

            byte[] dialog = [];
            if (state[0] == Version)
            {
                var at = 9 + tableLength + windowLength;
                var dialogLength = at + 4 <= state.Length ? BinaryPrimitives.ReadInt32LittleEndian(state.AsSpan(at)) : -1;
                if (dialogLength < 0 || dialogLength != state.Length - at - 4)
                {
                    throw new FormatException("bad dialog length");
                }

                dialog = state.AsSpan(at + 4, dialogLength).ToArray();
            }

            var table = PseudonymTable.Import(state.AsSpan(5, tableLength));
            window.Restore(state.AsSpan(9 + tableLength, windowLength));
            return (table, window, dialog);
        }
        catch (Exception ex) when (ex is FormatException or PseudonymTableFormatException)
        {
            return (new PseudonymTable(), detector.StartConversation(), []);
        }
        finally
        {
            Array.Clear(state);
        }
    }
}
