using System.Runtime.ExceptionServices;
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
    private Exception? _firstFailure;

    /// <summary>A database whose connection string is known already.</summary>
    public static PostgresDatabase At(string connectionString) => new(_ => Task.FromResult(connectionString));

    /// <summary>
    /// The data source. While the first connection is still opening, this waits for it, so that the caller's connection
    /// is that one, from the pool: a second one opened alongside costs a second handshake on both sides.
    /// </summary>
    public async ValueTask<NpgsqlDataSource> DataSourceAsync(CancellationToken cancellationToken)
    {
        var dataSource = _dataSource ?? await CreateDataSourceAsync(cancellationToken);
        if (_firstConnection is { IsCompleted: false } opening)
        {
            await opening.WaitAsync(cancellationToken);
            if (Interlocked.Exchange(ref _firstFailure, null) is { } failure)
            {
                // The caller that waited gets the first connection's error, not a second wait for the same server.
                ExceptionDispatchInfo.Throw(failure);
            }
        }

        return dataSource;
    }

    private async ValueTask<NpgsqlDataSource> CreateDataSourceAsync(CancellationToken cancellationToken)
    {
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
    /// configured connection string: nothing is started that the first query would not start. A failure is the
    /// error of the caller waiting for it, if any; a later caller opens again.
    /// </summary>
    public void StartOpening() => _firstConnection ??= Task.Run(async () =>
    {
        try
        {
            var dataSource = await CreateDataSourceAsync(_disposing.Token);
            // Npgsql does not stop every phase of its handshake when cancelled (a server that accepts and never answers
            // holds it until the connection's timeout): disposal stops waiting for it, and it ends on its own.
            await OpenAndReturnAsync(dataSource, _disposing.Token).WaitAsync(_disposing.Token);
        }
        catch (Exception e)
        {
            _firstFailure = e;
        }
    });

    private static async Task OpenAndReturnAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
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
