using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SpaceX.Application.Database;
using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the adapters for the given database; every Application port is bound to its implementation here.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddDbContext<SpaceXDbContext>((provider, options) =>
            SpaceXDbContextOptions.Configure(options, provider.GetRequiredService<NpgsqlDataSource>()));

        // Each Infrastructure class that implements an Application port is registered as that port.
        var ports = typeof(IDatabaseSchema).Assembly;
        services.Scan(scan => scan
            .FromAssemblyOf<SpaceXDbContext>()
            .AddClasses(classes => classes.Where(type => type.GetInterfaces().Any(i => i.Assembly == ports)), publicOnly: false)
            .As(type => type.GetInterfaces().Where(i => i.Assembly == ports))
            .WithScopedLifetime());
        return services;
    }
}
