namespace SpaceX.Application.Database.GetPipelineStatus;

public interface IPipelineStatusReader
{
    Task<PipelineStatus> ReadAsync(int lastRuns, CancellationToken cancellationToken);
}
