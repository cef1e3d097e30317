using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Confidant.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: started from the local <c>initdb</c> and <c>pg_ctl</c>
/// in a temp folder on a free loopback port, stopped and deleted on dispose. When
/// <c>CONFIDANT_TEST_POSTGRES</c> holds a connection string, that server is used instead. When
/// neither is possible, <see cref="UnavailableReason"/> says why: tests skip with that message, except
/// under CI (<c>CI=true</c>), where a missing PostgreSQL is a failure.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _folder;
    private readonly string? _binaries;
    private readonly string _adminConnectionString = "";
    private readonly bool _asPostgresUser;

    /// <summary>Starts the cluster (or finds the configured server).</summary>
    public PostgresServer()
    {
        var configured = Environment.GetEnvironmentVariable("CONFIDANT_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _adminConnectionString = configured;
            return;
        }

        _binaries = FindBinaries();
        if (_binaries is null)
        {
            UnavailableReason = "PostgreSQL tests skipped: initdb and pg_ctl were not found (install the postgresql package, or set CONFIDANT_TEST_POSTGRES to a connection string).";
            return;
        }

        try
        {
            _asPostgresUser = Environment.UserName == "root";
            _folder = Directory.CreateTempSubdirectory("confidant-pg-").FullName;
            var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            var passwordFile = Path.Combine(_folder, "pwfile");
            File.WriteAllText(passwordFile, password);
            if (_asPostgresUser)
            {
                Run("chown", $"-R postgres \"{_folder}\"", asPostgres: false);
            }

            Run(Path.Combine(_binaries, "initdb"), $"-D \"{_folder}/data\" -U postgres --pwfile=\"{passwordFile}\" -A scram-sha-256 --no-sync -E UTF8 --locale=C", _asPostgresUser);
            File.Delete(passwordFile);
            var port = FreePort();
            Run(Path.Combine(_binaries, "pg_ctl"), $"-D \"{_folder}/data\" -l \"{_folder}/log\" -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p {port} -k {_folder} -c fsync=off -c full_page_writes=off\" start", _asPostgresUser);
            _adminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Password={password};Database=postgres;Pooling=false";
            DataDirectory = Path.Combine(_folder, "data");
            LogFile = Path.Combine(_folder, "log");
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            UnavailableReason = $"PostgreSQL tests skipped: a throwaway cluster did not start ({ex.Message}).";
        }
    }

    /// <summary>Why there is no server, or null when there is one.</summary>
    public string? UnavailableReason { get; }

    /// <summary>The cluster's data folder (null for a configured server).</summary>
    public string? DataDirectory { get; }

    /// <summary>The server log (null for a configured server).</summary>
    public string? LogFile { get; }

    /// <summary>The folder of pg_dump and friends.</summary>
    public string? Binaries => _binaries;

    /// <summary>True when tests run under CI, where a missing server fails instead of skipping.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (UnavailableReason is not null)
        {
            throw new InvalidOperationException(UnavailableReason);
        }

        var name = "confidant_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var connection = new NpgsqlConnection(_adminConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }

        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Runs <c>pg_dump</c> of a database and returns the dump's text.</summary>
    public string Dump(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var pgDump = _binaries is null ? "pg_dump" : Path.Combine(_binaries, "pg_dump");
        var start = new ProcessStartInfo(pgDump, $"-h {builder.Host} -p {builder.Port} -U {builder.Username} -d {builder.Database} --no-owner")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = builder.Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg_dump failed: {error}");
        }

        return output.Result;
    }

    /// <summary>Stops the cluster and deletes its folder.</summary>
    public void Dispose()
    {
        if (_folder is null || _binaries is null)
        {
            return;
        }

        try
        {
            Run(Path.Combine(_binaries, "pg_ctl"), $"-D \"{_folder}/data\" -m immediate stop", _asPostgresUser);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static string? FindBinaries()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CONFIDANT_PG_BIN");
        if (fromEnvironment is not null && File.Exists(Path.Combine(fromEnvironment, "initdb")))
        {
            return fromEnvironment;
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var newest = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
            {
                return folder;
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- \"{program}\" {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {error.Trim()} {output.Result.Trim()}");
        }
    }
}
