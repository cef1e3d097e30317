using Confidant.Redaction.Tokenization;

namespace Confidant.Redaction.Tests.Support;

/// <summary>A vault that holds its first call until released, then fails it: a message stays in flight as long as a test needs.</summary>
internal sealed class GatedTokenizer : IValueTokenizer
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask<TokenizedValue> TokenizeAsync(TokenizeRequest request, CancellationToken cancellationToken = default)
    {
        Entered.TrySetResult();
        await Release.Task.WaitAsync(cancellationToken);
        throw new InvalidOperationException("vault unavailable");
    }
}
