using SpaceX.Host.Common;

namespace SpaceX.Host.Dashboard;

/// <summary>
/// The dashboard: one self-contained HTML page (the template, the vendored Chart.js and the data inlined) that needs
/// no network. <c>report html</c> writes it to a file; <c>serve</c> answers it at <c>/</c>.
/// </summary>
public static class DashboardPage
{
    private static readonly string Template = Resource("dashboard.html");
    private static readonly string ChartJs = Resource("chart.umd.min.js");

    public static string Render(Application.Analytics.GetDashboard.Dashboard data) =>
        Template
            .Replace("/*CHART_JS*/", ChartJs, StringComparison.Ordinal)
            .Replace("/*DATA*/", OutputJson.Serialize(data, OutputJson.Options), StringComparison.Ordinal); // '<' is escaped: no "</script>"

    private static string Resource(string name)
    {
        using var stream = typeof(DashboardPage).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No embedded resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
