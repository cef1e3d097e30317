using Confidant.Dialog.Backends;
using Confidant.Dialog.Engine;

namespace Confidant.Dialog.Bots;

/// <summary>An action handler made from a delegate, as the shipped bots write theirs.</summary>
internal sealed class BotAction(string id, Func<ActionRequest, CancellationToken, Task<ActionOutcome>> run) : IBotAction
{
    public string Id { get; } = id;

    public Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken) => run(request, cancellationToken);

    /// <summary>An action that runs only for a known customer; anyone else is asked to sign in.</summary>
    public static BotAction ForCustomer(string id, Func<ActionRequest, CustomerRef, CancellationToken, Task<ActionOutcome>> run) =>
        new(id, (request, cancellationToken) => ActionResults.Customer(request) is { } customer
            ? run(request, customer, cancellationToken)
            : Task.FromResult(ActionResults.NoCustomer));
}
