using System.Globalization;
using Spectre.Console;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Domain;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Host.Cli;

/// <summary>The ingestion report as a person reads it.</summary>
public static class IngestionReportView
{
    public static void Write(IngestionReport report, TextWriter output, IAnsiConsole console)
    {
        output.WriteLine($"Run {report.RunId}: {Notation.Of(report.Mode)}{(report.DryRun ? " (dry run: nothing written)" : "")}, {Notation.Of(report.Status)}");
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
        output.WriteLine($"High-water mark: {Notation.Of(report.PreviousHighWaterMark)} -> {Notation.Of(report.HighWaterMark)}");
        if (report.AbandonedRuns > 0)
        {
            output.WriteLine($"Marked {report.AbandonedRuns} run(s) left running by a dead process as abandoned.");
        }

        if (report.Warnings.Count > 0) // each is a line of the log already
        {
            output.WriteLine($"Warnings: {report.Warnings.Count}, in the log{(report.DryRun ? "" : " and in spacex runs show")}");
        }

        foreach (var record in report.Quarantined.Take(QuarantinedShown))
        {
            output.WriteLine($"Quarantined {record.Kind.Name()} {record.RecordId ?? "(no id)"}: {string.Join("; ", record.Reasons)}");
        }

        if (report.Quarantined.Count > QuarantinedShown)
        {
            output.WriteLine($"and {report.Quarantined.Count - QuarantinedShown} more{(report.DryRun ? "" : $": spacex quarantine list --run {report.RunId}")}");
        }
    }

    private const int QuarantinedShown = 10;

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
