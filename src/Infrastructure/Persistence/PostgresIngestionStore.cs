using Npgsql;
using SpaceX.Application.Ingestion;
using SpaceX.Domain.Ingestion;
using SpaceX.Infrastructure.Database;

namespace SpaceX.Infrastructure.Persistence;

/// <summary>
/// The pipeline's store in PostgreSQL, on Npgsql directly: bulk COPY and set-based SQL, one transaction per run. A run's
/// statements, its transaction included, go over the connection that holds the run lock (<see cref="PostgresRunLock"/>):
/// one connection to open (TCP, TLS, authentication) per run, not two.
/// </summary>
public sealed class PostgresIngestionStore(PostgresDatabase database, TimeProvider clock) : IIngestionStore
{
    public async Task<IRunLock?> AcquireRunLockAsync(bool wait, CancellationToken cancellationToken) =>
        await AdvisoryLock.AcquireAsync(await database.DataSourceAsync(cancellationToken), AdvisoryLock.Run, wait, cancellationToken) is { } held
            ? new PostgresRunLock(held, clock)
            : null;

    /// <summary>How long a run's end is retried while the database is unreachable (say, restarting).</summary>
    private static readonly TimeSpan RecordEndPatience = TimeSpan.FromSeconds(10);

    public async Task RecordEndAsync(IngestionRun run, RunNotes notes, CancellationToken cancellationToken)
    {
        var dataSource = await database.DataSourceAsync(cancellationToken);
        var giveUpAt = clock.GetUtcNow() + RecordEndPatience;
        while (true)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await RunRows.UpdateAsync(connection, run, notes, cancellationToken);
                return;
            }
            catch (NpgsqlException e) when (e.IsTransient && clock.GetUtcNow() < giveUpAt)
            {
                dataSource.Clear(); // the pool's connections died with the server
                await Task.Delay(TimeSpan.FromMilliseconds(500), clock, cancellationToken);
            }
        }
    }
}
