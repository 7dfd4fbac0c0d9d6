using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SpaceX.Application.Analytics.GetDashboard;
using SpaceX.Application.Analytics.GetReport;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Host.Dashboard;
using SpaceX.Host.Monitoring;
using SpaceX.Host.Common;

namespace SpaceX.Host.Serve;

/// <summary>The HTTP endpoints of <c>serve</c>: health for orchestrators, metrics for Prometheus, JSON for people and tools.</summary>
public static class ServeEndpoints
{
    /// <summary>The served dashboard reloads itself this often (unless a run's details are open).</summary>
    public const int DashboardRefreshSeconds = 60;

    public static void Map(WebApplication app)
    {
        // ASP.NET Core health checks (any method, HEAD included): liveness runs no check, the process answers;
        // readiness is Healthy 200, Degraded 200 (stale) or Unhealthy 503, with the reason in its JSON body
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadinessCheck.Tag), ResponseWriter = WriteReadinessAsync });
        app.MapGet("/metrics", async (HttpContext http, PrometheusExport export) =>
        {
            http.Response.ContentType = PrometheusExport.ContentType;
            await export.WriteAsync(http.Response.Body, http.RequestAborted);
        });
        app.MapGet("/api/status", async (ServeStatus status, CancellationToken ct) =>
            Results.Json(await status.StatusAsync(ct), OutputJson.TypeInfo<Application.Database.StatusReport>(OutputJson.Options)));
        app.MapGet("/api/reports/{name}", ReportAsync);
        app.MapGet("/", async (IMediator mediator, ServeOptions options, IngestionScheduler scheduler, CancellationToken ct) =>
        {
            var dashboard = await mediator.Send(new GetDashboardQuery(options.MaxAge), ct);
            return Results.Content(
                DashboardPage.Render(dashboard with { NextRunAt = scheduler.NextRunAt, RefreshSeconds = DashboardRefreshSeconds }),
                "text/html; charset=utf-8");
        });
    }

    /// <summary><c>{"status": "healthy|degraded|unhealthy", "reason": "..."}</c>: what is wrong, in words, when something is.</summary>
    private static async Task WriteReadinessAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var reason = report.Entries.Values.Select(e => e.Description).FirstOrDefault(d => d is not null);
        await using var writer = new Utf8JsonWriter(http.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("status", Domain.Notation.Of(report.Status));
        writer.WriteString("reason", reason);
        writer.WriteEndObject();
        await writer.FlushAsync(http.RequestAborted);
    }

    /// <param name="top">Read as text, so that a value that is not a number is answered in words too.</param>
    private static async Task<IResult> ReportAsync(string name, string? top, string? from, string? to, ServeStatus status, CancellationToken ct)
    {
        if (ReportCatalog.Find(name) is null)
        {
            return Results.Text($"no report '{name}': {string.Join(", ", ReportCatalog.Names)}\n", statusCode: StatusCodes.Status404NotFound);
        }

        try
        {
            return Results.Text(await status.ReportJsonAsync(new GetReportQuery(name, from, to, Top(top)), ct), "application/json");
        }
        catch (Exception e) when (e is UsageException or FluentValidation.ValidationException)
        {
            return Results.Text($"{ErrorReporter.Describe(e).Message}\n", statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary><c>?top=</c> as given in a URL: a whole number, else a <see cref="UsageException"/> in words.</summary>
    private static int? Top(string? text) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var top) ? top
        : throw new UsageException($"'{text}' is not a whole number for top.");
}
