using Serilog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SpaceX.Application;
using SpaceX.Application.Ingestion;
using SpaceX.Infrastructure;
using SpaceX.Infrastructure.Database;
using SpaceX.Infrastructure.LocalDatabase;
using SpaceX.Infrastructure.SpaceXApi;

namespace SpaceX.Host.Composition;

/// <summary>The composition root: every layer's registrations, for one database.</summary>
public static class CompositionRoot
{
    /// <param name="resolveConnectionString">Called once, when a handler first needs the database (after validation).</param>
    /// <param name="progress">A live display of a run's progress; null for none.</param>
    public static IServiceCollection AddPipeline(
        this IServiceCollection services, IConfiguration configuration, Serilog.ILogger logger,
        Func<CancellationToken, Task<string>> resolveConnectionString, IRunProgress? progress = null)
    {
        services.AddLogging(builder => builder.ClearProviders().AddSerilog(logger));
        services.AddSingleton(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddApplication();
        services.AddInfrastructure(configuration, resolveConnectionString);
        services.AddTelemetry(configuration);
        if (progress is not null)
        {
            services.Replace(ServiceDescriptor.Singleton(progress));
        }

        return services;
    }

    /// <summary>
    /// The CLI's container. With a configured connection string, the database's first connection starts opening now,
    /// in the background, while the verb's handler is resolved and its message validated.
    /// </summary>
    public static ServiceProvider Build(
        IConfiguration configuration, Serilog.ILogger logger, Func<CancellationToken, Task<string>> resolveConnectionString,
        IRunProgress? progress = null)
    {
        var services = new ServiceCollection()
            .AddPipeline(configuration, logger, resolveConnectionString, progress)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Telemetry.Start(services);
        if (Configured(configuration) is not null)
        {
            services.GetRequiredService<PostgresDatabase>().StartOpening();
        }

        return services;
    }

    /// <summary>The most connections to PostgreSQL a process holds when nothing configures it.</summary>
    public const int DefaultMaxConnections = DatabaseOptions.DefaultMaxConnections;

    /// <summary>Checks the settings a verb may use, so that a bad one is refused before anything starts.</summary>
    public static void CheckSettings(IConfiguration configuration)
    {
        SpaceXApiOptions.Load(configuration);
        DatabaseOptions.Load(configuration);
        Infrastructure.Notifications.NotificationOptions.Load(configuration);
    }

    /// <summary>The idempotent schema script of every migration, then the views: <c>sql/init.sql</c>, as the pipeline applies it.</summary>
    public static string SchemaScript() => Infrastructure.Database.SchemaScript.Whole();

    /// <summary>A database error in words, as the database adapter describes it; null when the exception holds none.</summary>
    public static Application.DatabaseError? DescribeDatabaseError(Exception exception) => Infrastructure.Database.DatabaseErrors.Describe(exception);

    /// <summary>The configured connection string, else the private local cluster, started if need be.</summary>
    public static async Task<string> ResolveConnectionStringAsync(
        IConfiguration configuration, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        if (Configured(configuration) is { } configured)
        {
            var connection = ConnectionStrings.Parse(configured);
            if (DatabaseOptions.Load(configuration).ReadPassword() is { } password)
            {
                connection.Password = password;
                return connection.ConnectionString;
            }

            return configured;
        }

        return await CreateLocalCluster(configuration, loggerFactory).EnsureRunningAsync(cancellationToken);
    }

    /// <summary>The connection string the settings or <c>--db</c> give; null when none does (the private local cluster).</summary>
    private static string? Configured(IConfiguration configuration) =>
        configuration.GetConnectionString(AppConfiguration.ConnectionStringName) is { } given && !string.IsNullOrWhiteSpace(given) ? given : null;

    public static LocalPostgresCluster CreateLocalCluster(IConfiguration configuration, ILoggerFactory loggerFactory) =>
        new(
            configuration.GetSection(LocalDatabaseOptions.Section).Get<LocalDatabaseOptions>() ?? new LocalDatabaseOptions(),
            loggerFactory.CreateLogger<LocalPostgresCluster>());
}
