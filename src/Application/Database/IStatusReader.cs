namespace SpaceX.Application.Database;

public interface IStatusReader
{
    /// <param name="countRows">Count each table's rows; when false, <see cref="StatusReport.Tables"/> is empty.</param>
    Task<StatusReport> ReadAsync(int lastRuns, bool countRows, CancellationToken cancellationToken);
}
