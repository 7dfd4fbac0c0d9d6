using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SpaceX.Infrastructure.Persistence.Model;

public static class SpaceXDbContextOptions
{
    /// <summary>The one place the context is configured: for the design-time tools and the script they generate (<c>sql/init.sql</c>).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable(TableNames.MigrationsHistory, TableNames.Schema))
            .UseSnakeCaseNamingConvention();
}
