using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Database;

/// <summary>The idempotent SQL script of all migrations: the content of <c>sql/init.sql</c>, for psql users and docker.</summary>
public static class SchemaScript
{
    public static string Generate()
    {
        using var context = new DesignTimeDbContextFactory().CreateDbContext([]);
        return context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }
}
