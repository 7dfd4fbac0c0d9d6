using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpaceX.Domain;

namespace SpaceX.Host.Cli;

/// <summary>
/// Writes rows (records) as a table for people, or CSV / JSON for machines. Columns are the record's properties in
/// snake_case: JSON is an array of objects keyed by those names.
/// </summary>
public static class ReportWriter
{
    public static readonly IReadOnlyList<string> Formats = ["table", "csv", "json"];

    /// <param name="vertical">In a table, one line per column (for a single wide row such as a snapshot).</param>
    public static void Write<T>(IReadOnlyList<T> rows, string format, TextWriter output, IAnsiConsole console, bool vertical = false)
        where T : notnull =>
        Write(ReportRows.Of(rows, vertical), format, output, console);

    public static void Write(ReportRows report, string format, TextWriter output, IAnsiConsole console)
    {
        var rows = report.Rows;
        var properties = report.RowType.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var columns = properties.Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).ToList();
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(rows, CliJson.Options));
                break;
            case "csv":
                output.WriteLine(string.Join(",", columns));
                foreach (var row in rows)
                {
                    output.WriteLine(string.Join(",", properties.Select(p => Csv(Text(p.GetValue(row))))));
                }

                break;
            default:
                var table = new Table();
                foreach (var (column, property) in columns.Zip(properties))
                {
                    table.AddColumn(IsNumber(property.PropertyType) ? new TableColumn(column).RightAligned() : new TableColumn(column));
                }

                foreach (var row in rows)
                {
                    table.AddRow(properties.Select(p => Markup.Escape(Text(p.GetValue(row)))).ToArray());
                }

                if (report.Vertical || NaturalWidth(table, console) > console.Profile.Width)
                {
                    WriteEachRowDown(rows, columns, properties, console);
                }
                else
                {
                    console.Write(table);
                }

                break;
        }
    }

    /// <summary>The narrow form of a table too wide for the terminal: each row as a table of its own, one line per column.</summary>
    private static void WriteEachRowDown(IReadOnlyList<object> rows, List<string> columns, PropertyInfo[] properties, IAnsiConsole console)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var fields = new Table().AddColumn("field").AddColumn("value");
            if (rows.Count > 1)
            {
                fields.Title = new TableTitle($"{i + 1} of {rows.Count}");
            }

            foreach (var (column, property) in columns.Zip(properties))
            {
                fields.AddRow(column, Markup.Escape(Text(property.GetValue(rows[i]))));
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
        _ => value.ToString() ?? "",
    };

    private static string Csv(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

    private static bool IsNumber(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double));
}
