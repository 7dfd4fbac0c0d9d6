using System.Globalization;
using Spectre.Console;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Host.Cli;

/// <summary>The ingestion report as a person reads it.</summary>
public static class IngestionReportView
{
    public static void Write(IngestionReport report, TextWriter output, IAnsiConsole console)
    {
        output.WriteLine($"Run {report.RunId}: {report.Mode}{(report.DryRun ? " (dry run: nothing written)" : "")}, {report.Status}");
        var counts = new Table().AddColumn("launches").AddColumn(new TableColumn("count").RightAligned());
        counts.AddRow("fetched", N(report.Counts.Fetched));
        counts.AddRow("inserted", N(report.Counts.Inserted));
        counts.AddRow("updated", N(report.Counts.Updated));
        counts.AddRow("unchanged", N(report.Counts.Unchanged));
        counts.AddRow("quarantined", N(report.Counts.Quarantined));
        counts.AddRow("new raw versions", N(report.Counts.RawVersionsAdded));
        counts.AddRow("payloads fetched / written", $"{N(report.PayloadsFetched)} / {N(report.PayloadsWritten)}");
        counts.AddRow("other records quarantined", N(report.Counts.RelatedQuarantined));
        counts.AddRow("HTTP requests", N(report.HttpRequests));
        console.Write(counts);

        var steps = new Table().AddColumn("step").AddColumn(new TableColumn("ms").RightAligned());
        foreach (var step in report.Steps)
        {
            steps.AddRow(step.Step, step.Milliseconds.ToString("N0", CultureInfo.InvariantCulture));
        }

        console.Write(steps);
        output.WriteLine($"High-water mark: {Date(report.PreviousHighWaterMark)} -> {Date(report.HighWaterMark)}");
        if (report.AbandonedRuns > 0)
        {
            output.WriteLine($"Marked {report.AbandonedRuns} run(s) left running by a dead process as abandoned.");
        }

        foreach (var warning in report.Warnings)
        {
            output.WriteLine($"Warning: {warning}");
        }

        foreach (var record in report.Quarantined)
        {
            output.WriteLine($"Quarantined {record.Kind.Name()} {record.RecordId ?? "(no id)"}: {string.Join("; ", record.Reasons)}");
        }
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "none";
}
