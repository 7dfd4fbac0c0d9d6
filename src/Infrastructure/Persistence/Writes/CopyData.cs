using Npgsql;

namespace SpaceX.Infrastructure.Persistence.Writes;

/// <summary>
/// Rows encoded for one binary COPY into a table, ready before the connection is free: writing them streams bytes,
/// one round trip whatever the row count. Written once: the bytes go back to the pool they came from.
/// </summary>
public sealed class CopyData
{
    private readonly string _copySql;
    private readonly int _rows;
    private IReadOnlyList<ArraySegment<byte>>? _segments;

    internal CopyData(string copySql, IReadOnlyList<ArraySegment<byte>> segments, int rows)
    {
        _copySql = copySql;
        _segments = segments;
        _rows = rows;
    }

    /// <summary>Copies the rows, if any. A copy that fails part way is cancelled: none of its rows stay.</summary>
    public async Task WriteAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var segments = _segments ?? throw new InvalidOperationException($"Rows already written: {_copySql}");
        _segments = null;
        try
        {
            if (_rows > 0)
            {
                await CopyAsync(connection, segments, cancellationToken);
            }
        }
        finally
        {
            BinaryCopyEncoder.Release(segments);
        }
    }

    private async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<ArraySegment<byte>> segments, CancellationToken cancellationToken)
    {
        var copy = await connection.BeginRawBinaryCopyAsync(_copySql, cancellationToken);
        try
        {
            foreach (var segment in segments)
            {
                await copy.WriteAsync(segment, cancellationToken);
            }
        }
        catch (Exception e)
        {
            await AbandonAsync(copy);
            if (cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
            {
                // Npgsql reports a write cancelled part way as a broken stream; the run was cancelled, and says so.
                throw new OperationCanceledException("The copy was cancelled.", e, cancellationToken);
            }

            throw;
        }

        await copy.DisposeAsync(); // ends the copy: the server's verdict on the rows (a constraint, a type) comes here
    }

    /// <summary>
    /// Cancels a copy whose write failed, so that none of its rows stay. The write's own error is the one the caller
    /// gets, not one from cancelling a copy on a connection the failed write has broken.
    /// </summary>
    private static async Task AbandonAsync(NpgsqlRawCopyStream copy)
    {
        try
        {
            await copy.CancelAsync();
            await copy.DisposeAsync();
        }
        catch (Exception)
        {
            // The connection is broken (what failed the write) or the server already ended the copy: nothing to cancel.
        }
    }
}
