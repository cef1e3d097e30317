namespace Confidant.Protection.Tests;

/// <summary>
/// The test assembly's entry point. The test host never calls it; the key provider conformance
/// tests start this assembly with <c>dotnet</c> to get a second process on the same key store.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args) =>
        args.Length > 0 && args[0] == KeyProviderChildProcess.Verb
            ? await KeyProviderChildProcess.MainAsync(args[1..])
            : 1;
}
