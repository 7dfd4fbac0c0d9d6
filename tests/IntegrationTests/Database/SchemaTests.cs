using Npgsql;
using SpaceX.Infrastructure.Database;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Database;

public sealed class SchemaTests() : DatabaseTests(migrated: true)
{
    [Fact]
    public async Task Migrations_FromEmpty_CreateEveryTable()
    {
        foreach (var table in Infrastructure.Persistence.TableNames.All)
        {
            Assert.True(await Database.ScalarAsync<bool>($"SELECT to_regclass('{table}') IS NOT NULL"), table);
        }
    }

    [Fact]
    public async Task Migrate_Again_AppliesNothing()
    {
        var applied = await new DatabaseSchema(Database.Postgres).MigrateAsync(CancellationToken.None);
        var state = await new DatabaseSchema(Database.Postgres).GetStateAsync(CancellationToken.None);

        Assert.Empty(applied);
        Assert.Empty(state.Pending);
        Assert.NotEmpty(state.Applied);
    }

    [Fact]
    public async Task RawLaunches_SameLaunchAndHashTwice_IsRejected()
    {
        var runId = await InsertRunAsync();
        var insert = $"INSERT INTO spacex.raw_launches (launch_id, content_hash, payload, run_id, ingested_at) " +
                     $"VALUES ('5eb87cd9ffd86e000604b32a', repeat('a', 64), '{{}}', '{runId}', now())";
        await Database.ExecuteAsync(insert);

        var error = await Assert.ThrowsAsync<PostgresException>(() => Database.ExecuteAsync(insert));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal("ix_raw_launches_launch_id_content_hash", error.ConstraintName);
    }

    [Fact]
    public async Task RawLaunches_SameLaunchNewHash_IsAnotherVersion()
    {
        var runId = await InsertRunAsync();
        foreach (var hash in new[] { "a", "b" })
        {
            await Database.ExecuteAsync(
                $"INSERT INTO spacex.raw_launches (launch_id, content_hash, payload, run_id, ingested_at) " +
                $"VALUES ('5eb87cd9ffd86e000604b32b', repeat('{hash}', 64), '{{}}', '{runId}', now())");
        }

        Assert.Equal(2L, await Database.ScalarAsync<long>("SELECT count(*) FROM spacex.raw_launches WHERE launch_id = '5eb87cd9ffd86e000604b32b'"));
    }

    [Fact]
    public async Task Launches_UnknownLaunchpad_IsRejectedByTheForeignKey()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => Database.ExecuteAsync(
            """
            INSERT INTO spacex.launches (id, flight_number, name, date_utc, date_precision, upcoming, launchpad_id,
                rocket_id, payload_ids, content_hash, first_seen_at, last_changed_at, first_seen_run_id, last_changed_run_id)
            VALUES ('5eb87cd9ffd86e000604b32a', 1, 'x', now(), 'hour', false, '000000000000000000000000',
                '000000000000000000000000', '{}', repeat('a', 64), now(), now(), gen_random_uuid(), gen_random_uuid())
            """));

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
    }

    [Fact]
    public async Task IngestionRuns_UnknownStatus_IsRejected()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => Database.ExecuteAsync(
            "INSERT INTO spacex.ingestion_runs (id, mode, status, started_at, fetched, inserted, updated, unchanged, " +
            "quarantined, related_quarantined, raw_versions_added, http_requests) VALUES (gen_random_uuid(), 'initial', 'done', now(), 0, 0, 0, 0, 0, 0, 0, 0)"));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task Launches_HaveThePrimaryKeyOnTheApiId()
    {
        var key = await Database.ScalarAsync<string>(
            """
            SELECT string_agg(a.attname, ',') FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = 'spacex.launches'::regclass AND i.indisprimary
            """);

        Assert.Equal("id", key);
    }

    private async Task<Guid> InsertRunAsync()
    {
        var id = Guid.NewGuid();
        await Database.ExecuteAsync(
            "INSERT INTO spacex.ingestion_runs (id, mode, status, started_at, fetched, inserted, updated, unchanged, " +
            $"quarantined, related_quarantined, raw_versions_added, http_requests) VALUES ('{id}', 'initial', 'running', now(), 0, 0, 0, 0, 0, 0, 0, 0)");
        return id;
    }
}
