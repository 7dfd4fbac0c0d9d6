using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace SpaceX.Infrastructure.Persistence.Model;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model; it never connects.</summary>
[RequiresUnreferencedCode(SpaceXDbContext.DesignTimeOnly)]
[RequiresDynamicCode(SpaceXDbContext.DesignTimeOnly)]
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SpaceXDbContext>
{
    public SpaceXDbContext CreateDbContext(string[] args)
    {
        var dataSource = NpgsqlDataSource.Create("Host=localhost;Database=spacex");
        var options = new DbContextOptionsBuilder<SpaceXDbContext>();
        SpaceXDbContextOptions.Configure(options, dataSource);
        return new SpaceXDbContext(options.Options);
    }
}
