using System.Diagnostics;

namespace SpaceX.IntegrationTests.Support;

public static class Poll
{
    /// <summary>Waits until <paramref name="condition"/> holds; fails the test naming <paramref name="what"/> after the timeout.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < (timeout ?? TimeSpan.FromSeconds(60)), $"timed out waiting for {what}");
            await Task.Delay(50);
        }
    }

    /// <summary>Until the database holds at least <paramref name="count"/> runs with the status.</summary>
    public static Task UntilRunsAsync(TestDatabase database, string status, int count) =>
        UntilAsync(
            async () => await database.ScalarAsync<long>($"SELECT count(*) FROM spacex.ingestion_runs WHERE status = '{status}'") >= count,
            $"{count} {status} run(s)");

    /// <summary>
    /// Until no session holds an advisory lock in the database: a killed run's lock is held by its server process until
    /// that process notices its client is gone and ends, which on a busy machine takes a moment.
    /// </summary>
    public static Task UntilLocksReleasedAsync(TestDatabase database) =>
        UntilAsync(
            async () => await database.ScalarAsync<long>(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())") == 0,
            "the killed run's lock to be released");
}
