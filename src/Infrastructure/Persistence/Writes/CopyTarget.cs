namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>Where rows of <typeparamref name="T"/> are copied: a table, its columns, and a row's values in their order.</summary>
public sealed record CopyTarget<T>(string Table, IReadOnlyList<CopyColumn> Columns, Func<T, object?[]> Values)
{
    public string CopySql => $"COPY {Table} ({string.Join(", ", Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";

    /// <summary>These rows, encoded for one copy.</summary>
    public CopyData Encode(IEnumerable<T> rows)
    {
        var batch = Batch();
        batch.Add(rows);
        return batch.Take();
    }

    /// <summary>An empty batch that rows are added to, page by page, until it is worth a copy.</summary>
    public CopyBatch<T> Batch() => new(this);
}
