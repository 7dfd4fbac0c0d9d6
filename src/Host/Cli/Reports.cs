using System.Globalization;
using SpaceX.Application.Analytics.Reports;

namespace SpaceX.Host.Cli;

/// <summary>What <c>report</c>, <c>/api/reports/{name}</c> and the dashboard say about the reports of <see cref="ReportCatalog"/>.</summary>
public static class Reports
{
    /// <summary><c>?top=</c> as given in a URL: a whole number, else a <see cref="UsageException"/> in words.</summary>
    public static int? Top(string? text) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var top) ? top
        : throw new UsageException($"'{text}' is not a whole number for top.");

    /// <summary>Each report's name and what it shows, for the help.</summary>
    public static string Described() => string.Join("; ", ReportCatalog.All.Select(r => $"{r.Name} ({r.Title.ToLowerInvariant()})"));
}
