using Npgsql;

namespace SpaceX.Infrastructure.Database;

/// <summary>
/// The pipeline's PostgreSQL, opened on first use: its connection string is resolved (and the private local cluster
/// started, when none is configured) only once a handler needs the database, after the message has been validated.
/// </summary>
/// <param name="maxConnections">The most connections open at once (<see cref="DatabaseOptions.MaxConnections"/>).</param>
public sealed class PostgresDatabase(Func<CancellationToken, Task<string>> resolveConnectionString, int? maxConnections = null)
    : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private readonly CancellationTokenSource _disposing = new();
    private NpgsqlDataSource? _dataSource;
    private Task? _firstConnection;

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
            return _dataSource ??= PipelineDataSource.Create(await resolveConnectionString(cancellationToken), maxConnections);
        }
        finally
        {
            _opening.Release();
        }
    }

    /// <summary>
    /// Opens the first connection in the background and returns it to the pool, so that connecting (TCP, TLS with the
    /// system's trust store read, authentication) overlaps what the process does before its first query. Only for a
    /// configured connection string: nothing is started that the first query would not start. A failure is left to
    /// that query, which reports it.
    /// </summary>
    public void StartOpening() => _firstConnection ??= Task.Run(async () =>
    {
        try
        {
            var dataSource = await DataSourceAsync(_disposing.Token);
            // Npgsql does not stop every phase of its handshake when cancelled (a server that accepts and never answers
            // holds it until the connection's timeout): disposal stops waiting for it, and it ends on its own.
            await OpenAndReturnAsync(dataSource, _disposing.Token).WaitAsync(_disposing.Token);
        }
        catch (Exception)
        {
            // the first query opens again and reports what is wrong
        }
    });

    private static async Task OpenAndReturnAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception)
        {
            // reported by the first query, if there is one
        }
    }

    public void Dispose()
    {
        _disposing.Cancel();
        _firstConnection?.GetAwaiter().GetResult();
        _dataSource?.Dispose();
        _opening.Dispose();
        _disposing.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync();
        if (_firstConnection is not null)
        {
            await _firstConnection;
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        _opening.Dispose();
        _disposing.Dispose();
    }
}
