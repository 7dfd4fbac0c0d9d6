using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SpaceX.Application.Monitoring;

namespace SpaceX.Host.Composition;

/// <summary>
/// OpenTelemetry, exported over OTLP only when the standard variables ask for it: traces when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or <c>OTEL_EXPORTER_OTLP_TRACES_ENDPOINT</c> is set, metrics when that or
/// <c>OTEL_EXPORTER_OTLP_METRICS_ENDPOINT</c> is; the exporter reads the other <c>OTEL_*</c> variables (protocol, headers,
/// timeout, service name, resource attributes) itself. Without them nothing listens, so the pipeline makes no span at all.
/// </summary>
public static class Telemetry
{
    private const string Endpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var traces = Set(configuration, Endpoint) || Set(configuration, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
        var metrics = Set(configuration, Endpoint) || Set(configuration, "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT");
        if (!string.Equals(configuration["OTEL_SDK_DISABLED"], "true", StringComparison.OrdinalIgnoreCase) && (traces || metrics))
        {
            Register(services, configuration, traces, metrics); // in a method of its own: without OTLP, OpenTelemetry is not even loaded
        }

        return services;
    }

    /// <summary>
    /// Starts what <see cref="AddTelemetry"/> registered, in a container that no host starts (the CLI's); disposing the
    /// container then sends what is left.
    /// </summary>
    public static void Start(IServiceProvider services)
    {
        if (services.GetService<Registered>() is not null)
        {
            StartProviders(services);
        }
    }

    private static void StartProviders(IServiceProvider services)
    {
        services.GetService<TracerProvider>();
        services.GetService<MeterProvider>();
    }

    private static void Register(IServiceCollection services, IConfiguration configuration, bool traces, bool metrics)
    {
        services.AddSingleton<Registered>();
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(
            serviceName: configuration["OTEL_SERVICE_NAME"] ?? "spacex",
            serviceVersion: typeof(Telemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion));
        if (traces)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(PipelineTracing.SourceName)
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter());
        }

        if (metrics)
        {
            telemetry.WithMetrics(meters => meters
                .AddMeter(PipelineMetrics.MeterName)
                .AddHttpClientInstrumentation()
                .AddMeter("Npgsql")
                .AddOtlpExporter());
        }
    }

    /// <summary>Marks a container where OpenTelemetry is registered.</summary>
    private sealed class Registered;

    private static bool Set(IConfiguration configuration, string name) => !string.IsNullOrWhiteSpace(configuration[name]);
}
