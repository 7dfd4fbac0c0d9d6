using Microsoft.Extensions.Logging;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>
/// A line every <see cref="Interval"/> while a run fetches, so that a long run shows it is moving in any log; a
/// run that ends sooner logs none.
/// </summary>
internal sealed class ProgressLog : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly ITimer _timer;

    public ProgressLog(RecordStager stager, TimeProvider clock, ILogger logger)
    {
        var started = clock.GetTimestamp();
        _timer = clock.CreateTimer(
            _ =>
            {
                logger.LogInformation(
                    "Fetching: {Launches} launches and {Payloads} payloads received, validated and staged so far ({Elapsed:0} s)",
                    stager.Received(RecordKind.Launch), stager.Received(RecordKind.Payload), clock.GetElapsedTime(started).TotalSeconds);
            },
            null, Interval, Interval);
    }

    public void Dispose() => _timer.Dispose();
}
