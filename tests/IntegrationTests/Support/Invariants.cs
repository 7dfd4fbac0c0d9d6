using Npgsql;
using SpaceX.Domain.Aggregations;
using SpaceX.Infrastructure.Persistence;
using SpaceX.IntegrationTests.Analytics;

namespace SpaceX.IntegrationTests.Support;

/// <summary>What must hold between runs, whatever happened during them: nothing half-written, nothing doubled.</summary>
public static class Invariants
{
    /// <summary>Asserts them all and returns the high-water mark, for the next check to compare with.</summary>
    public static async Task<DateTimeOffset?> AssertHoldAsync(TestDatabase database, DateTimeOffset? asOf, DateTimeOffset? previousMark)
    {
        Assert.Equal(0L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT 1 FROM spacex.raw_launches GROUP BY launch_id, content_hash HAVING count(*) > 1) doubled"));
        Assert.Equal(0L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM spacex.launches l WHERE NOT EXISTS " +
            "(SELECT 1 FROM spacex.raw_launches r WHERE r.launch_id = l.id AND r.content_hash = l.content_hash)"));
        Assert.Equal(0L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM spacex.raw_launches r JOIN spacex.ingestion_runs u ON u.id = r.run_id " +
            "WHERE u.status NOT IN ('succeeded', 'succeeded_with_warnings')"));
        // A run's snapshot: one at most, only from a run that committed, of the run's mode.
        Assert.Equal(0L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM spacex.launch_aggregations a LEFT JOIN spacex.ingestion_runs r ON r.id = a.run_id " +
            "WHERE a.snapshot_type <> 'manual' AND (r.status IS NULL OR r.status NOT IN ('succeeded', 'succeeded_with_warnings') OR r.mode <> a.snapshot_type)"));
        Assert.Equal(0L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT run_id FROM spacex.launch_aggregations WHERE run_id IS NOT NULL GROUP BY run_id HAVING count(*) > 1) twice"));

        var mark = await database.ScalarAsync<DateTimeOffset?>("SELECT high_water_mark FROM spacex.ingestion_state");
        Assert.Equal(await database.ScalarAsync<DateTimeOffset?>("SELECT max(date_utc) FROM spacex.launches WHERE NOT upcoming"), mark);
        Assert.True(previousMark is null || mark >= previousMark, $"The high-water mark moved back from {previousMark:O} to {mark:O}");
        Assert.True(mark is null || mark <= (asOf ?? DateTimeOffset.UtcNow), $"The high-water mark {mark:O} is after {asOf:O}");

        if (await LatestSnapshotAsync(database) is { } latest)
        {
            Assert.Equal(AggregationSnapshotTests.Figures(await FreshRecomputeAsync(database)), AggregationSnapshotTests.Figures(latest));
        }

        return mark;
    }

    private static async Task<AggregationSnapshot?> LatestSnapshotAsync(TestDatabase database)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT computed_at, snapshot_type, run_id, total_launches, successful_launches, failed_launches, upcoming_launches, " +
            "success_rate, avg_payload_mass_kg, avg_static_fire_delay_hours, max_static_fire_delay_hours, earliest_launch_utc, " +
            "latest_launch_utc, launch_sites_used, landing_attempts, landing_successes FROM spacex.launch_aggregations ORDER BY id DESC LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? AggregationSql.Read(reader) : null;
    }

    /// <summary>The snapshot the current state gives now, computed in a transaction that is rolled back.</summary>
    private static async Task<AggregationSnapshot> FreshRecomputeAsync(TestDatabase database)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var snapshot = await AggregationSql.RecomputeAsync(connection, SnapshotType.Manual, null, DateTimeOffset.UtcNow, CancellationToken.None);
        await transaction.RollbackAsync();
        return snapshot;
    }
}
