using Npgsql;

namespace SpaceX.Infrastructure.Database;

/// <summary>
/// A session-level PostgreSQL advisory lock held on its own connection for as long as the holder needs it. If the
/// process dies, the server drops the connection and with it the lock.
/// </summary>
internal sealed class AdvisoryLock : IAsyncDisposable
{
    /// <summary>Held for the length of an ingestion run: "SPACEX" in ASCII.</summary>
    public const long Run = 0x535041434558;

    /// <summary>Held while migrations are applied: "SCHEMA" in ASCII.</summary>
    public const long Schema = 0x534348454D41;

    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private AdvisoryLock(NpgsqlConnection connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    /// <summary>The connection that holds the lock, for the holder's own statements.</summary>
    public NpgsqlConnection Connection => _connection;

    public static async Task<AdvisoryLock?> AcquireAsync(NpgsqlDataSource dataSource, long key, bool wait, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(
                wait ? $"SELECT pg_advisory_lock({key}) IS NOT NULL" : $"SELECT pg_try_advisory_lock({key})", connection);
            command.CommandTimeout = 0;
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            {
                return new AdvisoryLock(connection, key);
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
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({_key})", _connection);
            await command.ExecuteScalarAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection is gone (or broken by what its holder did on it), and the lock with it.
        }

        await _connection.DisposeAsync();
    }
}
