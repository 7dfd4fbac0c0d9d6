using Npgsql;

namespace SpaceX.Infrastructure.Database;

/// <summary>
/// The pipeline's PostgreSQL, opened on first use: its connection string is resolved (and the private local cluster
/// started, when none is configured) only once a handler needs the database, after the message has been validated.
/// </summary>
public sealed class PostgresDatabase(Func<CancellationToken, Task<string>> resolveConnectionString) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private NpgsqlDataSource? _dataSource;

    /// <summary>A database whose connection string is known already.</summary>
    public static PostgresDatabase At(string connectionString) => new(_ => Task.FromResult(connectionString));

    public async ValueTask<NpgsqlDataSource> DataSourceAsync(CancellationToken cancellationToken)
    {
        if (_dataSource is { } open)
        {
            return open;
        }

        await _opening.WaitAsync(cancellationToken);
        try
        {
            return _dataSource ??= NpgsqlDataSource.Create(WithoutDefaultCommandTimeout(await resolveConnectionString(cancellationToken)));
        }
        finally
        {
            _opening.Release();
        }
    }

    /// <summary>
    /// A run's set-based statements over a million launches can outlast Npgsql's default 30 s command timeout on a busy
    /// disk (a 1M-launch load was cancelled so in the benchmark); a run is bounded by its cancellation instead. A
    /// timeout the connection string gives is kept.
    /// </summary>
    private static string WithoutDefaultCommandTimeout(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("CommandTimeout", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;
    }

    public void Dispose()
    {
        _dataSource?.Dispose();
        _opening.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        _opening.Dispose();
    }
}
