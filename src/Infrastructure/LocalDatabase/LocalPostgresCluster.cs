using Microsoft.Extensions.Logging;
using Npgsql;
using SpaceX.Infrastructure.Database;

using SpaceX.Application;

namespace SpaceX.Infrastructure.LocalDatabase;

/// <summary>
/// A private PostgreSQL cluster for the zero-set-up default: created on first use from the machine's binaries,
/// listening on a unix socket in its own folder only (no TCP), left running and reused by later invocations.
/// When this process runs as root the server runs as the <c>postgres</c> user, since PostgreSQL refuses root.
/// </summary>
public sealed class LocalPostgresCluster(LocalDatabaseOptions options, ILogger<LocalPostgresCluster> logger)
{
    public const string DatabaseName = "spacex";
    private const string SuperUser = "spacex";
    private const string ServerUser = "postgres";
    private const int Port = 5432;

    private readonly string _root = options.ResolveDirectory();

    private string DataDirectory => Path.Combine(_root, "data");
    private string SocketDirectory => Path.Combine(_root, "socket");
    private string LogFile => Path.Combine(_root, "server.log");

    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = SocketDirectory,
        Port = Port,
        Database = DatabaseName,
        Username = SuperUser,
    }.ConnectionString;

    /// <summary>Creates the cluster if needed, starts it if stopped, and returns its connection string.</summary>
    public async Task<string> EnsureRunningAsync(CancellationToken cancellationToken)
    {
        var binaries = PostgresBinaries.FindDirectory();
        Directory.CreateDirectory(_root);
        using var clusterLock = await AcquireLockAsync(cancellationToken);
        if (!IsInitialised)
        {
            await InitialiseAsync(binaries, cancellationToken);
        }

        if (!await IsRunningAsync(binaries, cancellationToken))
        {
            logger.LogInformation("Starting the local PostgreSQL cluster in {Directory}", _root);
            await RunAsServerUserAsync(
                binaries, "pg_ctl", ["start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile], cancellationToken);
        }

        await EnsureDatabaseAsync(cancellationToken);
        return ConnectionString;
    }

    public async Task<LocalClusterStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var running = IsInitialised && await IsRunningAsync(PostgresBinaries.FindDirectory(), cancellationToken);
        return new LocalClusterStatus(_root, IsInitialised, running, ConnectionString);
    }

    /// <summary>Stops the server if it runs; returns whether it did.</summary>
    public async Task<bool> StopAsync(CancellationToken cancellationToken)
    {
        var binaries = PostgresBinaries.FindDirectory();
        if (!IsInitialised || !await IsRunningAsync(binaries, cancellationToken))
        {
            return false;
        }

        await RunAsServerUserAsync(binaries, "pg_ctl", ["stop", "-w", "-m", "fast", "-D", DataDirectory], cancellationToken);
        return true;
    }

    private bool IsInitialised => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    private async Task<bool> IsRunningAsync(string binaries, CancellationToken cancellationToken) =>
        (await RunAsServerUserAsync(binaries, "pg_ctl", ["status", "-D", DataDirectory], cancellationToken, check: false))
        .ExitCode == 0;

    private async Task InitialiseAsync(string binaries, CancellationToken cancellationToken)
    {
        logger.LogInformation("Creating a local PostgreSQL cluster in {Directory}", _root);
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true); // left half-made by an interrupted initdb
        }

        Directory.CreateDirectory(SocketDirectory);
        if (Environment.IsPrivilegedProcess)
        {
            await RunCheckedAsync("chown", [$"{ServerUser}:", _root, SocketDirectory], cancellationToken);
        }

        // Only this user (or the server user, for root) may enter the socket folder: trust is safe there.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(SocketDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        await RunAsServerUserAsync(
            binaries,
            "initdb",
            ["-D", DataDirectory, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-instructions"],
            cancellationToken);
        await File.AppendAllTextAsync(
            Path.Combine(DataDirectory, "postgresql.conf"),
            $"""

            # spacex-pipeline: private cluster, unix socket only
            listen_addresses = ''
            unix_socket_directories = '{SocketDirectory}'
            port = {Port}
            # A run is one large transaction: fewer checkpoints during it (each one makes the next writes log whole
            # pages again), and lz4 for the raw JSON and the logged pages (faster than pglz, as compact for JSON).
            max_wal_size = '4GB'
            wal_compression = lz4
            default_toast_compression = lz4

            """,
            cancellationToken);
    }

    private async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{DatabaseName}'", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static Task<ProcessResult> RunAsServerUserAsync(
        string binaries, string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken,
        bool check = true)
    {
        var path = Path.Combine(binaries, program);
        return Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", ServerUser, "--", path, .. arguments], check, cancellationToken)
            : RunAsync(path, arguments, check, cancellationToken);
    }

    private static Task<ProcessResult> RunCheckedAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(program, arguments, check: true, cancellationToken);

    private static async Task<ProcessResult> RunAsync(
        string program, IReadOnlyList<string> arguments, bool check, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(program, arguments, cancellationToken);
        if (check && result.ExitCode != 0)
        {
            var detail = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "no output";
            throw new ConfigurationException(
                $"The local PostgreSQL cluster could not be set up: {Path.GetFileName(program)} {arguments.FirstOrDefault()} " +
                $"exited with {result.ExitCode} ({detail.Trim()}).");
        }

        return result;
    }

    /// <summary>Two invocations starting at once must not both create or start the cluster.</summary>
    private async Task<FileStream> AcquireLockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(_root, "cluster.lock");
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}
