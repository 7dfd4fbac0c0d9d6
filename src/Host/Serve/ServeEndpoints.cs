using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
    public static void Map(WebApplication app)
    {
        string[] getOrHead = [HttpMethods.Get, HttpMethods.Head]; // probes and load balancers may ask with HEAD
        app.MapMethods("/healthz", getOrHead, () => Results.Text("ok\n"));
        app.MapMethods("/readyz", getOrHead, ReadyAsync);
        app.MapGet("/metrics", async (HttpContext http, PrometheusExport export) =>
        {
            http.Response.ContentType = PrometheusExport.ContentType;
            await export.WriteAsync(http.Response.Body, http.RequestAborted);
        });
        app.MapGet("/api/status", async (ServeStatus status, CancellationToken ct) =>
            Results.Json(await status.StatusAsync(ct), OutputJson.Options));
        app.MapGet("/api/reports/{name}", ReportAsync);
        app.MapGet("/", async (IMediator mediator, CancellationToken ct) =>
            Results.Content(DashboardPage.Render(await mediator.Send(new GetDashboardQuery(), ct)), "text/html; charset=utf-8"));
    }

    /// <summary>Ready when the database answers, its schema is current and the last finished run did not fail.</summary>
    private static async Task<IResult> ReadyAsync(ServeStatus status, CancellationToken ct) =>
        await status.NotReadyAsync(ct) is { } notReady
            ? Results.Text($"not ready: {notReady}\n", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text("ready\n");

    /// <param name="top">Read as text, so that a value that is not a number is answered in words too.</param>
    private static async Task<IResult> ReportAsync(string name, string? top, string? from, string? to, IMediator mediator, CancellationToken ct)
    {
        if (ReportCatalog.Find(name) is null)
        {
            return Results.Text($"no report '{name}': {string.Join(", ", ReportCatalog.Names)}\n", statusCode: StatusCodes.Status404NotFound);
        }

        try
        {
            var report = await mediator.Send(new GetReportQuery(name, from, to, Top(top)), ct);
            return Results.Text(JsonSerializer.Serialize(report, OutputJson.Options), "application/json");
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
