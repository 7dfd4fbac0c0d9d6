using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SpaceX.Infrastructure.LocalDatabase;

namespace SpaceX.IntegrationTests.Support;

/// <summary>
/// The PostgreSQL server the tests use: SPACEX_TEST_DB (an admin connection string; .ci/run sets it), else, on a
/// developer's machine, the pipeline's own private local cluster. Under CI=true a missing SPACEX_TEST_DB fails loudly.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "SPACEX_TEST_DB";

    private static readonly Lazy<Task<string>> AdminConnectionStringLazy = new(ResolveAsync);

    public static Task<string> AdminConnectionStringAsync() => AdminConnectionStringLazy.Value;

    private static async Task<string> ResolveAsync()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{Variable} is not set: integration tests need a PostgreSQL server under CI.");
        }

        var cluster = new LocalPostgresCluster(new LocalDatabaseOptions(), NullLogger<LocalPostgresCluster>.Instance);
        var connectionString = await cluster.EnsureRunningAsync(CancellationToken.None);
        return new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString;
    }
}
