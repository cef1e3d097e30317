using System.Threading.Channels;
using Confidant.Storage.Conversations;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Chat;

/// <summary>
/// Group commit for chat messages: requests queue their sealed-to-be messages and one writer
/// stores everything queued in one transaction (one durable commit for many requests). A request's
/// task completes once its messages are committed, so nothing is acknowledged before it is on disk.
/// If a batch fails, its requests are retried one by one, so one bad request does not fail others.
/// </summary>
internal sealed class MessageWriteQueue : IAsyncDisposable
{
    private readonly ConversationStore _store;
    private readonly int _maxBatch;
    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(16384) { SingleReader = true });
    private readonly Task _writer;

    public MessageWriteQueue(ConversationStore store, IOptions<ChatOptions> options)
    {
        _store = store;
        _maxBatch = Math.Max(2, options.Value.MaxWriteBatch);
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Stores <paramref name="messages"/> (in this order, in one transaction); returns their ids.</summary>
    public async Task<IReadOnlyList<Guid>> WriteAsync(IReadOnlyList<NewMessage> messages, CancellationToken cancellationToken)
    {
        var pending = new Pending(messages);
        await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        return await pending.Completion.Task.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>();
        var messages = new List<NewMessage>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (messages.Count < _maxBatch && _queue.Reader.TryPeek(out var next) && (messages.Count == 0 || messages.Count + next.Messages.Count <= _maxBatch) && _queue.Reader.TryRead(out next))
            {
                batch.Add(next);
                messages.AddRange(next.Messages);
            }

            try
            {
                var ids = await _store.AppendBatchAsync(messages, CancellationToken.None).ConfigureAwait(false);
                var offset = 0;
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetResult(ids.Skip(offset).Take(pending.Messages.Count).ToList());
                    offset += pending.Messages.Count;
                }
            }
#pragma warning disable CA1031 // Handed to the waiting requests, after isolating the one that failed.
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var pending in batch)
                {
                    try
                    {
                        pending.Completion.TrySetResult(await _store.AppendBatchAsync(pending.Messages, CancellationToken.None).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        pending.Completion.TrySetException(ex);
                    }
                }
            }
            catch (Exception ex)
            {
                batch[0].Completion.TrySetException(ex);
            }
#pragma warning restore CA1031

            batch.Clear();
            messages.Clear();
        }
    }

    private sealed class Pending(IReadOnlyList<NewMessage> messages)
    {
        public IReadOnlyList<NewMessage> Messages { get; } = messages;

        public TaskCompletionSource<IReadOnlyList<Guid>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
