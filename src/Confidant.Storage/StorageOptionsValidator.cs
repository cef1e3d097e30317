using Microsoft.Extensions.Options;

namespace Confidant.Storage;

/// <summary>Checks <see cref="StorageOptions"/> at start-up.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (options.Provider == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Confidant:Storage:ConnectionString is required when Provider is PostgreSql.");
        }

        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add("Confidant:Storage:Provider must be Sqlite or PostgreSql.");
        }

        if (options.MaxBatchSize < 1 || options.MaxMessageLength < 1)
        {
            failures.Add("Confidant:Storage:MaxBatchSize and MaxMessageLength must be at least 1.");
        }

        if (options.MaintenanceInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add("Confidant:Storage:MaintenanceInterval must be at least one second.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
