using Confidant.Server.Chat;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Hosting;

/// <summary>
/// The switch that turns detection and sealing off exists only to measure the cost of privacy; a
/// production server that has it set would store customers' words in clear. Refused unless the
/// host environment is named <c>Benchmark</c>.
/// </summary>
internal sealed class ChatOptionsValidator(IHostEnvironment environment, IOptions<Confidant.Storage.StorageOptions> storage) : IValidateOptions<ChatOptions>
{
    public const string BenchmarkEnvironment = "Benchmark";

    public ValidateOptionsResult Validate(string? name, ChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BenchmarkWithoutPrivacy && !environment.IsEnvironment(BenchmarkEnvironment))
        {
            return ValidateOptionsResult.Fail(
                $"{ServerErrorCodes.BenchmarkFlagOutsideBenchmark}: {ChatOptions.SectionName}:BenchmarkWithoutPrivacy is set but the environment is '{environment.EnvironmentName}'; "
                + $"it turns privacy off and is allowed only in the '{BenchmarkEnvironment}' environment (ASPNETCORE_ENVIRONMENT=Benchmark).");
        }

        if (options.MaxMessageLength is < 1 or > 64 * 1024)
        {
            return ValidateOptionsResult.Fail($"{ServerErrorCodes.InvalidOption}: {ChatOptions.SectionName}:MaxMessageLength must be 1 to 65536 characters; it is {options.MaxMessageLength}.");
        }

        // Two messages per chat turn go into one write: a batch may hold up to this many.
        if (options.MaxWriteBatch < 2 || options.MaxWriteBatch > storage.Value.MaxBatchSize)
        {
            return ValidateOptionsResult.Fail($"{ServerErrorCodes.InvalidOption}: {ChatOptions.SectionName}:MaxWriteBatch must be 2 to {storage.Value.MaxBatchSize} (Confidant:Storage:MaxBatchSize); it is {options.MaxWriteBatch}.");
        }

        return ValidateOptionsResult.Success;
    }
}
