using System.Data.Common;
using Npgsql;

namespace SpaceX.Infrastructure.Database;

/// <summary>
/// Npgsql's data source as the pipeline opens it: the types and features it uses, its connection budget, and some of
/// Npgsql's defaults changed, each only when the connection string does not set it.
/// </summary>
public static class PipelineDataSource
{
    /// <summary>How the pipeline's connections show in <c>pg_stat_activity</c>, unless the connection string names them.</summary>
    public const string ApplicationName = "spacex";

    /// <param name="maxConnections">The most connections open at once; null: the connection string's, else the default.</param>
    public static NpgsqlDataSource Create(string connectionString, int? maxConnections = null)
    {
        var given = GivenKeywords(connectionString);
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (maxConnections is not null || !given.Contains("MaximumPoolSize") && !given.Contains("MaxPoolSize"))
        {
            // Npgsql's default of 100 lets one busy serve take all of a shared server's connections.
            settings.MaxPoolSize = maxConnections ?? DatabaseOptions.DefaultMaxConnections;
            settings.MinPoolSize = Math.Min(settings.MinPoolSize, settings.MaxPoolSize);
        }

        if (!given.Contains("ApplicationName"))
        {
            settings.ApplicationName = ApplicationName;
        }

        if (!given.Contains("CommandTimeout"))
        {
            // A run's set-based statements over a million launches can outlast the default 30 s on a busy disk (a
            // 1M-launch load was cancelled so in the benchmark); a run is bounded by its cancellation instead.
            settings.CommandTimeout = 0;
        }

        // The slim builder with what the pipeline uses: the other type families' resolvers (network, geometric, full
        // text search...) are not built when a column's type is first looked up.
        var builder = new NpgsqlSlimDataSourceBuilder(settings.ConnectionString)
            .EnableArrays()
            .EnableTransportSecurity()
            .EnableIntegratedSecurity();
        if (!given.Contains("ServerCompatibilityMode"))
        {
            // The schema uses PostgreSQL's built-in types only, so the catalogue of the database's types, which Npgsql
            // otherwise reads on its first connection (a round trip and a large result), is not needed.
            builder.ConfigureTypeLoading(typeLoading => typeLoading.EnableTypeLoading(false));
        }

        return builder.Build();
    }

    /// <summary>The keywords the connection string sets, spaces left out ("Command Timeout" is "CommandTimeout").</summary>
    private static HashSet<string> GivenKeywords(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
