namespace SpaceX.Application.Analytics.Reports;

/// <summary>How the dashboard draws a report: one chart, with the report's table under it.</summary>
/// <param name="Labels">The column along the category axis.</param>
/// <param name="Axis">The title of the value axis.</param>
/// <param name="Top">For a <see cref="ReportFilter.Top"/> report: how many rows the chart shows.</param>
/// <param name="Wide">Across the whole page.</param>
public sealed record ReportChart(
    ChartKind Kind, string Labels, IReadOnlyList<ChartSeries> Series, string? Axis = null, int? Top = null, bool Wide = false);

/// <summary>One column drawn.</summary>
/// <param name="Line">A line over the bars.</param>
/// <param name="Percent">On an axis of its own at the right, from 0 to 100.</param>
public sealed record ChartSeries(string Column, string Label, Tone Tone, bool Line = false, bool Percent = false);

public enum ChartKind
{
    Bars,
    StackedBars,
    HorizontalBars,
    Lines,
}

/// <summary>A series' colour by what it means: successes green, failures red, the rest neutral.</summary>
public enum Tone
{
    Main,
    Good,
    Bad,
    Muted,
    Other,
}
