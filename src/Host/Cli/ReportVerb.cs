using System.CommandLine;
using SpaceX.Application.Analytics.GetDashboard;
using SpaceX.Application.Analytics.GetReport;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Host.Dashboard;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

/// <summary><c>report NAME</c>: the analysts' reports (<see cref="ReportCatalog"/>); <c>report html</c>: the dashboard.</summary>
public static class ReportVerb
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = $"{Described()}; or html (the dashboard, with --out)" };
        name.AcceptOnlyFromAmong([.. ReportCatalog.Names, Html]);
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong([.. ReportWriter.Formats]);
        var top = new Option<int?>("--top")
        {
            Description = $"{ReportCatalog.Taking(ReportFilter.Top)}: how many rows (1..{ReportBounds.MaxTop}, default {ReportBounds.DefaultTop})",
        };
        var from = new Option<string?>("--from")
        {
            Description = $"{ReportCatalog.Taking(ReportFilter.Years)}: first launch year; {ReportCatalog.Taking(ReportFilter.Period)}: first day (YYYY-MM-DD)",
        };
        var to = new Option<string?>("--to")
        {
            Description = $"{ReportCatalog.Taking(ReportFilter.Years)}: last launch year; " +
                          $"{ReportCatalog.Taking(ReportFilter.Period)}: up to this moment (YYYY-MM-DD is midnight UTC)",
        };
        var output = new Option<string?>("--out") { Description = "html: the file to write the dashboard to (one self-contained page that works offline)" };
        var command = new Command("report", "Print a report over the current state, or write the dashboard") { name, format, top, from, to, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var query = new GetReportQuery(parseResult.GetValue(name)!, parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(top));
            if ((parseResult.GetValue(name) == Html) != (parseResult.GetValue(output) is not null))
            {
                throw new UsageException("report html needs --out FILE, and --out applies to report html only.");
            }

            if (parseResult.GetValue(output) is { } outputFile)
            {
                CheckWritable(outputFile);
            }

            await using var session = CliSession.Open(parseResult);
            if (parseResult.GetValue(output) is { } file)
            {
                await WriteDashboardAsync(session, query, file, parseResult.InvocationConfiguration.Output, cancellationToken);
                return ExitCodes.Ok;
            }

            var rows = await session.SendAsync((mediator, ct) => mediator.Send(query, ct), cancellationToken);
            ReportWriter.Write(ReportRows.Of(rows), parseResult.GetValue(format)!, parseResult.InvocationConfiguration.Output, Terminal.For(parseResult));
            return ExitCodes.Ok;
        });
        return command;
    }

    private const string Html = "html";

    /// <summary>Before anything is read: a file name in a folder that exists, so that the dashboard is not built for nothing.</summary>
    private static void CheckWritable(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file.Length == 0 ? "." : file));
        var problem = true switch
        {
            _ when string.IsNullOrWhiteSpace(file) => "is empty: give the file to write, such as dashboard.html",
            _ when Directory.Exists(file) => "is a folder: give the file to write in it, such as dashboard.html",
            _ when !Directory.Exists(folder) => $"names a file in {folder}, which does not exist",
            _ => null,
        };
        if (problem is not null)
        {
            throw new UsageException($"--out '{file}' {problem}.");
        }
    }

    private static async Task WriteDashboardAsync(CliSession session, GetReportQuery query, string file, TextWriter output, CancellationToken cancellationToken)
    {
        if ((query.From ?? query.To ?? (object?)query.Top) is not null)
        {
            throw new UsageException("report html takes no --top, --from or --to: the dashboard shows every year.");
        }

        var data = await session.SendAsync((mediator, ct) => mediator.Send(new GetDashboardQuery(), ct), cancellationToken);
        await File.WriteAllTextAsync(file, DashboardPage.Render(data), cancellationToken);
        output.WriteLine($"Wrote {Path.GetFullPath(file)}");
    }

    /// <summary>Each report's name and what it shows, for the help.</summary>
    private static string Described() => string.Join("; ", ReportCatalog.All.Select(r => $"{r.Name} ({r.Title.ToLowerInvariant()})"));
}
