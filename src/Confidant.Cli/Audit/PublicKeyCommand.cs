using System.CommandLine;
using Confidant.Audit.Checkpoints;
using Microsoft.Extensions.DependencyInjection;

namespace Confidant.Cli.Audit;

/// <summary>
/// <c>confidant audit public-key</c>: prints the log's verifier key (<c>name+id+key</c>), the one
/// string auditors and witnesses need to check its checkpoints; creates the signing key on first use.
/// </summary>
internal static class PublicKeyCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var data = new AuditDataOptions();
        var command = data.AddTo(new Command("public-key", "Print the audit log's verifier key, to give to auditors and witnesses (creates the signing key if there is none)."));
        command.SetAction(p => AuditCommand.Run(environment, () => data.Run(environment, p, async services =>
        {
            await environment.Out.WriteLineAsync(await services.GetRequiredService<CheckpointService>().GetVerifierKeyAsync().ConfigureAwait(false)).ConfigureAwait(false);
            return AuditExitCodes.Holds;
        })));
        return command;
    }
}
