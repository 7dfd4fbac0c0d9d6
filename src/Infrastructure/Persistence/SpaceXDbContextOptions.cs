using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SpaceX.Infrastructure.Persistence;

public static class SpaceXDbContextOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>The one place the context is configured: for the design-time tools and the script they generate (<c>migrate --script</c>).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, TableNames.Schema))
            .UseSnakeCaseNamingConvention();
}
