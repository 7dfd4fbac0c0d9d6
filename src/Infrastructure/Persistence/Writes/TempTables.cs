namespace SpaceX.Infrastructure.Persistence.Writes;

internal static class TempTables
{
    /// <summary>A temporary table with these columns, dropped when the transaction ends: where rows are staged.</summary>
    public static string CreateSql(string table, IReadOnlyList<CopyColumn> columns) =>
        $"CREATE TEMP TABLE {table} ({string.Join(", ", columns.Select(c => $"{c.Name} {c.SqlType}"))}) ON COMMIT DROP";
}
