using Microsoft.Extensions.Logging;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>
/// Shows a run's progress: ten times a second on a live display, else a log line every <see cref="LogInterval"/>, so
/// that a long run shows it is moving in any log while a run that ends sooner logs none.
/// </summary>
internal sealed class ProgressReporter : IAsyncDisposable
{
    public static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LiveInterval = TimeSpan.FromMilliseconds(100);

    private readonly RecordStager _stager;
    private readonly ISpaceXSource _source;
    private readonly IRunProgress _display;
    private readonly ITimer _timer;
    private volatile string _step = "fetching";
    private (string Step, int Launches, int Payloads) _logged = ("fetching", 0, 0);

    public ProgressReporter(RecordStager stager, ISpaceXSource source, IRunProgress display, TimeProvider clock, ILogger logger)
    {
        (_stager, _source, _display) = (stager, source, display);
        var started = clock.GetTimestamp();
        _timer = display.IsLive
            ? clock.CreateTimer(_ => display.Show(Current()), null, TimeSpan.Zero, LiveInterval)
            : clock.CreateTimer(_ => LogIfProgressed(logger, clock.GetElapsedTime(started)), null, LogInterval, LogInterval);
    }

    /// <summary>A line when something moved since the last one (a run waiting for the API's answer says nothing new).</summary>
    private void LogIfProgressed(ILogger logger, TimeSpan elapsed)
    {
        var now = (Step: _step, Launches: _stager.Received(RecordKind.Launch), Payloads: _stager.Received(RecordKind.Payload));
        if (now == _logged)
        {
            return;
        }

        _logged = now;
        logger.LogInformation(
            "Progress ({Step}): {Launches} launches and {Payloads} payloads received, validated and staged so far ({Elapsed:0} s)",
            now.Step, now.Launches, now.Payloads, elapsed.TotalSeconds);
    }

    public void Step(string step)
    {
        _step = step;
        if (_display.IsLive)
        {
            _display.Show(Current());
        }
    }

    /// <summary>Once no timer callback is running, so that nothing is shown after the display ends.</summary>
    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync();
        _display.End();
    }

    private RunProgress Current() =>
        new(_step, [.. Enum.GetValues<RecordKind>().Select(k => new KindProgress(k, _stager.Received(k), _source.Announced(k)))]);
}
