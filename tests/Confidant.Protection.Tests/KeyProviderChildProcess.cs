using System.Diagnostics;
using Confidant.Protection.Keys;
using Confidant.Protection.Keys.Pkcs11;

namespace Confidant.Protection.Tests;

/// <summary>
/// Runs key provider operations in a separate process (this test assembly started with
/// <c>dotnet</c>), so the conformance tests can check that another process on the same key file
/// or token unwraps what this one wrapped. Arguments: the store (<c>file PATH</c> or
/// <c>pkcs11 MODULE TOKEN PREFIX</c>, with the PIN in <c>CONFIDANT_PKCS11_PIN</c>), then operations:
/// <c>wrap KEYHEX CONTEXTHEX</c> prints "KEKID WRAPPEDHEX", <c>unwrap KEKID WRAPPEDHEX CONTEXTHEX</c>
/// prints the key in hex (or the error code), <c>current</c> and <c>rotate</c> print a KEK id.
/// </summary>
internal static class KeyProviderChildProcess
{
    public const string Verb = "kek-child";

    /// <summary>Starts the child, waits for it and returns its output lines, one per operation.</summary>
    public static async Task<string[]> RunAsync(IReadOnlyList<string> store, IDictionary<string, string>? environment, params string[][] operations)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(KeyProviderChildProcess).Assembly.Location);
        start.ArgumentList.Add(Verb);
        foreach (var argument in store.Concat(operations.SelectMany(o => o)))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the child process did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the child process exited with {process.ExitCode}: {await error}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The child's side.</summary>
    public static async Task<int> MainAsync(string[] args)
    {
        var at = 0;
        var provider = OpenStore(args, ref at);
        try
        {
            return await RunOperationsAsync(provider, args, at);
        }
        finally
        {
            (provider as IDisposable)?.Dispose();
        }
    }

    private static async Task<int> RunOperationsAsync(IKeyEncryptionKeyProvider provider, string[] args, int at)
    {
        while (at < args.Length)
        {
            switch (args[at++])
            {
                case "wrap":
                    var wrapped = await provider.WrapAsync(Convert.FromHexString(args[at++]), Convert.FromHexString(args[at++]));
                    Console.WriteLine($"{wrapped.KeyEncryptionKeyId} {Convert.ToHexString(wrapped.WrappedKey)}");
                    break;
                case "unwrap":
                    var id = args[at++];
                    var bytes = Convert.FromHexString(args[at++]);
                    var context = Convert.FromHexString(args[at++]);
                    var destination = new byte[bytes.Length - 28];
                    try
                    {
                        await provider.UnwrapAsync(id, bytes, context, destination);
                        Console.WriteLine(Convert.ToHexString(destination));
                    }
                    catch (ProtectionException ex)
                    {
                        Console.WriteLine(ex.Code);
                    }

                    break;
                case "current":
                    Console.WriteLine(await provider.GetCurrentKeyIdAsync());
                    break;
                case "rotate":
                    Console.WriteLine(await provider.RotateAsync());
                    break;
                default:
                    await Console.Error.WriteLineAsync($"unknown operation '{args[at - 1]}'");
                    return 2;
            }
        }

        return 0;
    }

    private static IKeyEncryptionKeyProvider OpenStore(string[] args, ref int at)
    {
        switch (args[at++])
        {
            case "file":
                return new LocalKeyFileProvider(args[at++]);
            case "pkcs11":
                var options = new Pkcs11KeyProviderOptions { LibraryPath = args[at++], TokenLabel = args[at++], KeyLabelPrefix = args[at++] };
                return new Pkcs11KeyEncryptionKeyProvider(options);
            default:
                throw new ArgumentException($"unknown store '{args[at - 1]}'");
        }
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
