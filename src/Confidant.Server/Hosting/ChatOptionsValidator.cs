using Confidant.Server.Chat;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Hosting;

/// <summary>
/// The switch that turns detection and sealing off exists only to measure the cost of privacy; a
/// production server that has it set would store customers' words in clear. Refused unless the
/// host environment is named <c>Benchmark</c>.
/// </summary>
internal sealed class ChatOptionsValidator(IHostEnvironment environment) : IValidateOptions<ChatOptions>
{
    public const string BenchmarkEnvironment = "Benchmark";

    public ValidateOptionsResult Validate(string? name, ChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.BenchmarkWithoutPrivacy && !environment.IsEnvironment(BenchmarkEnvironment)
            ? ValidateOptionsResult.Fail(
                $"{ServerErrorCodes.BenchmarkFlagOutsideBenchmark}: {ChatOptions.SectionName}:BenchmarkWithoutPrivacy is set but the environment is '{environment.EnvironmentName}'; "
                + $"it turns privacy off and is allowed only in the '{BenchmarkEnvironment}' environment (ASPNETCORE_ENVIRONMENT=Benchmark).")
            : ValidateOptionsResult.Success;
    }
}
