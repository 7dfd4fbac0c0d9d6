using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Refit;
using SpaceX.Application.Database;
using SpaceX.Application.Ingestion;
using SpaceX.Infrastructure.Database;
using SpaceX.Infrastructure.SpaceXApi;

using SpaceX.Infrastructure.Notifications;

namespace SpaceX.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the adapters; every Application port is bound to its implementation here.</summary>
    /// <param name="resolveConnectionString">Called once, when a handler first needs the database.</param>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The native build roots the scanned namespaces (AotRoots.xml): every scanned type keeps its interfaces.")]
    public static IServiceCollection AddInfrastructure(
        this IServiceCollection services, IConfiguration configuration, Func<CancellationToken, Task<string>> resolveConnectionString)
    {
        var maxConnections = DatabaseOptions.Load(configuration).MaxConnections;
        services.AddSingleton(_ => new PostgresDatabase(resolveConnectionString, maxConnections));
        AddSpaceXApi(services, configuration);
        services.AddSingleton(NotificationOptions.Load(configuration));
        services.AddHttpClient(WebhookNotifier.HttpClientName).RemoveAllLoggers(); // its request lines would show the URLs, which hold secrets

        // Each Infrastructure class that implements an Application port is registered as that port (a run's lock and
        // its transaction are not services: the store hands them out, one per run).
        var ports = typeof(IDatabaseSchema).Assembly;
        services.Scan(scan => scan
            .FromAssemblyOf<PostgresDatabase>()
            .AddClasses(
                classes => classes.Where(type => type.GetInterfaces().Any(i => i.Assembly == ports) && !type.IsAssignableTo(typeof(IRunTransaction)) && !type.IsAssignableTo(typeof(IRunLock))),
                publicOnly: false)
            .As(type => type.GetInterfaces().Where(i => i.Assembly == ports))
            .WithScopedLifetime());
        return services;
    }

    private static void AddSpaceXApi(IServiceCollection services, IConfiguration configuration)
    {
        var api = SpaceXApiOptions.Load(configuration);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(api));
        services.AddSingleton<ApiRequestCounter>();
        services.AddTransient<CountingHandler>();
        services.AddTransient<BodyBufferingHandler>();
        var serializer = new SystemTextJsonContentSerializer(new System.Text.Json.JsonSerializerOptions(SpaceXApiJsonContext.Default.Options));
        var client = services.AddRefitGeneratedClient<ISpaceXApi>(new RefitSettings { ContentSerializer = serializer })
            .ConfigureHttpClient(client =>
            {
                client.BaseAddress = new Uri(api.BaseUrl);
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience handler's timeouts rule
            });
        // The standard handler's retry and timeouts, without its rate limiter and circuit breaker: a run sends a few
        // requests, far below the breaker's minimum throughput, and building both cost a short run about 20 ms.
        client.AddResilienceHandler("spacex-api", pipeline =>
        {
            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = api.TotalTimeout });
            if (api.MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = api.MaxRetries, Delay = api.RetryDelay, UseJitter = true, ShouldRetryAfterHeader = true,
                });
            }

            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = api.AttemptTimeout });
        });

        // Added after the resilience handler, so they sit inside it: every attempt is counted, and a body cut
        // short is a failed attempt, retried like any other.
        client.AddHttpMessageHandler<CountingHandler>();
        client.AddHttpMessageHandler<BodyBufferingHandler>();
    }
}
