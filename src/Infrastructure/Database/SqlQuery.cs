using Npgsql;

namespace SpaceX.Infrastructure.Database;

/// <summary>A query's rows, each read into a record.</summary>
internal static class SqlQuery
{
    public static async Task<IReadOnlyList<T>> ListAsync<T>(
        NpgsqlDataSource dataSource, string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        return await ReadAsync(command, parameters, read, cancellationToken);
    }

    /// <summary>On a connection of the caller's (a run's, inside its transaction).</summary>
    public static async Task<IReadOnlyList<T>> ListAsync<T>(
        NpgsqlConnection connection, string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await ReadAsync(command, parameters, read, cancellationToken);
    }

    private static async Task<IReadOnlyList<T>> ReadAsync<T>(
        NpgsqlCommand command, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
