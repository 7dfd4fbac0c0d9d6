using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpaceX.Application.Ingestion;
using SpaceX.Domain;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

/// <summary>
/// Writes rows as a table for people, or CSV / JSON for machines. Columns are snake_case names: JSON is an array of
/// objects keyed by those names.
/// </summary>
public static class ReportWriter
{
    public static readonly IReadOnlyList<string> Formats = ["table", "csv", "json"];

    /// <param name="vertical">In a table, one line per column (for a single wide row such as a snapshot).</param>
    public static void Write<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(IReadOnlyList<T> rows, string format, TextWriter output, IAnsiConsole console, bool vertical = false)
        where T : notnull =>
        Write(ReportRows.Of(rows, vertical), format, output, console);

    public static void Write(ReportRows report, string format, TextWriter output, IAnsiConsole console)
    {
        var (columns, rows) = (report.Columns, report.Rows);
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(report.Json, OutputJson.Options.GetTypeInfo(report.JsonType)));
                break;
            case "csv":
                output.WriteLine(string.Join(",", columns));
                foreach (var row in rows)
                {
                    output.WriteLine(string.Join(",", row.Select(value => Csv(Text(value)))));
                }

                break;
            default:
                var table = new Table();
                for (var i = 0; i < columns.Count; i++)
                {
                    table.AddColumn(rows.Any(row => IsNumber(row[i])) ? new TableColumn(columns[i]).RightAligned() : new TableColumn(columns[i]));
                }

                foreach (var row in rows)
                {
                    table.AddRow(row.Select(value => Markup.Escape(Text(value))).ToArray());
                }

                if (report.Vertical || NaturalWidth(table, console) > console.Profile.Width)
                {
                    WriteEachRowDown(columns, rows, console);
                }
                else
                {
                    console.Write(table);
                }

                break;
        }
    }

    /// <summary>The narrow form of a table too wide for the terminal: each row as a table of its own, one line per column.</summary>
    private static void WriteEachRowDown(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> rows, IAnsiConsole console)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var fields = new Table().AddColumn("field").AddColumn("value");
            if (rows.Count > 1)
            {
                fields.Title = new TableTitle($"{i + 1} of {rows.Count}");
            }

            foreach (var (column, value) in columns.Zip(rows[i]))
            {
                fields.AddRow(column, Markup.Escape(Text(value)));
            }

            console.Write(fields);
        }
    }

    /// <summary>How wide the table is with no cell wrapped.</summary>
    private static int NaturalWidth(Table table, IAnsiConsole console) =>
        ((IRenderable)table).Measure(RenderOptions.Create(console, console.Profile.Capabilities), int.MaxValue).Max;

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTimeOffset date => Notation.Of(date),
        bool flag => flag ? "true" : "false",
        Enum e => Notation.Of(e),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        StepDuration step => $"{step.Step} {step.Milliseconds.ToString("0", CultureInfo.InvariantCulture)} ms",
        string text => text,
        System.Collections.IEnumerable items => string.Join("; ", items.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? "",
    };

    private static string Csv(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

    private static bool IsNumber(object? value) => value is int or long or decimal or double;
}
