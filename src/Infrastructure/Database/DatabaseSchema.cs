using Npgsql;
using SpaceX.Application.Database;
using SpaceX.Infrastructure.Analytics;
using SpaceX.Infrastructure.Persistence;

using SpaceX.Application;

namespace SpaceX.Infrastructure.Database;

/// <summary>
/// The committed EF Core migrations. Whether any is pending is one query on the history table, compared with the
/// migrations of EF Core's idempotent script (<see cref="SchemaScript"/>); what is pending is applied from that
/// script, not by EF Core's migrator, which would build EF's model at run time.
/// </summary>
public sealed class DatabaseSchema(PostgresDatabase database) : IDatabaseSchema
{
    /// <summary>The ids of the committed migrations, oldest first.</summary>
    public static readonly IReadOnlyList<string> Migrations = SchemaScript.MigrationIds();

    /// <summary>
    /// Applies what is pending under an advisory lock, so that any number of processes may start at once on a new
    /// database: the first applies, the others wait, then find nothing left to do.
    /// </summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ApplyPendingAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new ConfigurationException(MissingPrivilege(e, (await database.DataSourceAsync(cancellationToken)).ConnectionString));
        }
    }

    private async Task<IReadOnlyList<string>> ApplyPendingAsync(CancellationToken cancellationToken)
    {
        if ((await ReadAsync(cancellationToken)).State.Pending.Count == 0)
        {
            return [];
        }

        var dataSource = await database.DataSourceAsync(cancellationToken);
        await using var schemaLock = await AdvisoryLock.AcquireAsync(dataSource, AdvisoryLock.Schema, wait: true, cancellationToken);
        var (state, views) = await ReadAsync(cancellationToken);
        if (state.Pending.Count == 0)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (state.Pending.Any(p => !p.StartsWith(ReportViews.Prefix, StringComparison.Ordinal)))
        {
            await ReportViews.DropAllAsync(connection, views, cancellationToken); // a migration may change a column a view reads
            await using (var migrations = new NpgsqlCommand(SchemaScript.Migrations(), connection))
            {
                await migrations.ExecuteNonQueryAsync(cancellationToken);
            }

            views = new Dictionary<string, string>();
        }

        await ReportViews.MakeAsync(connection, views, cancellationToken);
        return state.Pending;
    }

    /// <summary>Which privilege applying the migrations needs that the configured user lacks, and the statement that grants it.</summary>
    private static string MissingPrivilege(PostgresException e, string connectionString)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var (user, database) = (connection.Username ?? Environment.UserName, connection.Database ?? connection.Username);
        var grant = e.MessageText.Contains("for database", StringComparison.Ordinal)
            ? $"CREATE on database {database} (GRANT CREATE ON DATABASE {database} TO {user})"
            : e.MessageText.Contains($"for schema {TableNames.Schema}", StringComparison.Ordinal)
                ? $"USAGE and CREATE on schema {TableNames.Schema} (GRANT USAGE, CREATE ON SCHEMA {TableNames.Schema} TO {user})"
                : $"to own the schema {TableNames.Schema} and its tables, or USAGE and CREATE on it";
        return $"cannot apply the database migrations: user {user} needs {grant} ({e.MessageText})";
    }

    public async Task<SchemaState> GetStateAsync(CancellationToken cancellationToken) => (await ReadAsync(cancellationToken)).State;

    /// <summary>The migrations applied and the report views with their comments, in one round trip.</summary>
    private async Task<(SchemaState State, IReadOnlyDictionary<string, string> Views)> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await (await database.DataSourceAsync(cancellationToken)).OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(ReportViews.ListSql),
                new NpgsqlBatchCommand($"SELECT migration_id FROM {TableNames.Schema}.{TableNames.MigrationsHistory} ORDER BY migration_id"),
            },
        };
        var views = new Dictionary<string, string>();
        var applied = new List<string>();
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                views[reader.GetString(0)] = reader.GetString(1);
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            // a new database: nothing applied yet
        }

        var pending = Migrations.Except(applied).Concat(ReportViews.Pending(views)).ToList();
        return (new SchemaState(applied, pending), views);
    }
}
