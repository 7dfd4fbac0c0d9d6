using Npgsql;

namespace SpaceX.Infrastructure.Persistence;

/// <summary>
/// A session-level PostgreSQL advisory lock held on its own connection for the length of a run. If the process
/// dies, the server drops the connection and with it the lock.
/// </summary>
internal sealed class RunLock : IAsyncDisposable
{
    /// <summary>Arbitrary, fixed: "SPACEX" in ASCII.</summary>
    private const long Key = 0x535041434558;

    private readonly NpgsqlConnection _connection;

    private RunLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<RunLock?> AcquireAsync(NpgsqlDataSource dataSource, bool wait, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(
                wait ? $"SELECT pg_advisory_lock({Key}) IS NOT NULL" : $"SELECT pg_try_advisory_lock({Key})", connection);
            command.CommandTimeout = 0;
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            {
                return new RunLock(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", _connection);
            await command.ExecuteScalarAsync();
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and the lock with it.
        }

        await _connection.DisposeAsync();
    }
}
