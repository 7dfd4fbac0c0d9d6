namespace SpaceX.Application.Database;

public interface IStatusReader
{
    Task<StatusReport> ReadAsync(int lastRuns, CancellationToken cancellationToken);
}
