using Npgsql;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Analytics;

/// <summary>
/// The views of <see cref="ReportCatalog"/>'s reports, made after the migrations from the files as they are now: a
/// view whose comment is not its file's fingerprint is made again, and the view of a report no longer listed is
/// dropped. No migration is written by hand for a report.
/// </summary>
public static class ReportViews
{
    /// <summary>How an outdated view is named among the schema's pending changes.</summary>
    public const string Prefix = "view ";

    /// <summary>The report views in the schema, by name, with their comments.</summary>
    public const string ListSql =
        $"""
         SELECT c.relname, coalesce(obj_description(c.oid, 'pg_class'), '') FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = '{TableNames.Schema}' AND c.relkind = 'v'
         """;

    /// <summary>The changes that would make the views current, named as <see cref="Prefix"/> and the view's name.</summary>
    public static IReadOnlyList<string> Pending(IReadOnlyDictionary<string, string> comments) =>
        ReportCatalog.All.Where(r => comments.GetValueOrDefault(r.View) != AnalyticsSql.Fingerprint(r)).Select(r => r.View)
            .Concat(Unlisted(comments))
            .Select(view => Prefix + view)
            .ToList();

    /// <summary>Drops the views of no longer listed reports and makes every outdated view, in one transaction.</summary>
    public static async Task MakeAsync(NpgsqlConnection connection, IReadOnlyDictionary<string, string> comments, CancellationToken cancellationToken)
    {
        var statements = Unlisted(comments).Select(view => $"DROP VIEW {TableNames.Schema}.{view};")
            .Concat(ReportCatalog.All.Where(r => comments.GetValueOrDefault(r.View) != AnalyticsSql.Fingerprint(r)).Select(AnalyticsSql.CreateView));
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(string.Join("\n", statements), connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Drops every report view, before migrations that may change a column one of them reads.</summary>
    public static async Task DropAllAsync(NpgsqlConnection connection, IReadOnlyDictionary<string, string> comments, CancellationToken cancellationToken)
    {
        var views = comments.Where(c => c.Value.StartsWith(AnalyticsSql.ViewCommentPrefix, StringComparison.Ordinal)).Select(c => c.Key).ToList();
        if (views.Count > 0)
        {
            await using var command = new NpgsqlCommand(
                string.Join("\n", views.Select(view => $"DROP VIEW {TableNames.Schema}.{view};")), connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Report views whose report is no longer listed.</summary>
    private static IEnumerable<string> Unlisted(IReadOnlyDictionary<string, string> comments) =>
        comments.Where(c => c.Value.StartsWith(AnalyticsSql.ViewCommentPrefix, StringComparison.Ordinal)
                            && ReportCatalog.All.All(r => r.View != c.Key))
            .Select(c => c.Key);
}
