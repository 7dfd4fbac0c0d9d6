namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>
/// Rows for one table gathered over several pages into one copy: each COPY statement costs the server a setup (its
/// executor state, a thousand tuple slots, memory it allocates and frees), which a page of a thousand rows pays
/// again and again; a batch of megabytes pays it once.
/// </summary>
public sealed class CopyBatch<T>(CopyTarget<T> target)
{
    /// <summary>The bytes at which a batch is worth its copy.</summary>
    public const long FullAt = 4 * 1024 * 1024;

    private BinaryCopyEncoder? _rows;

    public bool IsFull => _rows?.Length >= FullAt;

    public bool IsEmpty => _rows is null;

    public void Add(IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            (_rows ??= new BinaryCopyEncoder(target.Columns)).AddRow(target.Values(row));
        }
    }

    /// <summary>The rows gathered so far, encoded for one copy (none when empty); the batch starts again empty.</summary>
    public CopyData Take()
    {
        var rows = _rows ?? new BinaryCopyEncoder(target.Columns);
        _rows = null;
        return new CopyData(target.CopySql, rows.Complete(), rows.Rows);
    }
}
