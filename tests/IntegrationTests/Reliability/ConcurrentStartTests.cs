using SpaceX.ApiReplay;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Reliability;

/// <summary>Processes started at once on a new database: schema changes are serialised, every process succeeds.</summary>
public sealed class ConcurrentStartTests : IAsyncLifetime
{
    private const int Repetitions = 20;
    private ReplayServer _replay = null!;

    public async Task InitializeAsync() =>
        _replay = await ReplayServer.StartAsync(new ReplayOptions { DataDirectory = Pipeline.SnapshotDirectory });

    public async Task DisposeAsync() => await _replay.DisposeAsync();

    [Fact]
    public async Task TwoMigratesAndTwoIngestsAtOnce_OnAnEmptyDatabase_AllSucceed_AndTheSchemaIsAsMigratedAlone()
    {
        await using var reference = await TestDatabase.CreateAsync(migrated: true);
        var expectedSchema = await SchemaAsync(reference);

        for (var repetition = 1; repetition <= Repetitions; repetition++)
        {
            await using var database = await TestDatabase.CreateAsync(migrated: false);
            string[] api = ["--api", _replay.BaseAddress.ToString()];
            using var processes = new ProcessGroup(
                CliProcess.Start("migrate", "--db", database.ConnectionString),
                CliProcess.Start("migrate", "--db", database.ConnectionString),
                CliProcess.Start(["ingest", .. api, "--wait", "--db", database.ConnectionString]),
                CliProcess.Start(["ingest", .. api, "--wait", "--db", database.ConnectionString]));

            var runs = await processes.WaitAllAsync();

            Assert.All(runs, run => Assert.True(run.ExitCode == 0, $"repetition {repetition}: exit {run.ExitCode}: {run.Error}"));
            Assert.Equal(expectedSchema, await SchemaAsync(database));
            Assert.Equal("initial incremental", await database.ScalarAsync<string>(
                "SELECT string_agg(mode, ' ' ORDER BY started_at) FROM spacex.ingestion_runs"));
        }
    }

    /// <summary>Every column, constraint, index and applied migration of the schema, as text.</summary>
    private static async Task<string?> SchemaAsync(TestDatabase database) => await database.ScalarAsync<string>(
        """
        SELECT string_agg(line, E'\n' ORDER BY line) FROM (
            SELECT concat_ws(' ', table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
                             is_nullable, column_default, generation_expression) AS line
            FROM information_schema.columns WHERE table_schema = 'spacex'
            UNION ALL
            SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'spacex'::regnamespace
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'spacex'
            UNION ALL
            SELECT migration_id FROM spacex.__ef_migrations_history) lines
        """);

    private sealed class ProcessGroup(params CliProcess[] processes) : IDisposable
    {
        public async Task<CliRun[]> WaitAllAsync() => await Task.WhenAll(processes.Select(p => p.WaitAsync(TimeSpan.FromMinutes(2))));

        public void Dispose()
        {
            foreach (var process in processes)
            {
                process.Dispose();
            }
        }
    }
}
