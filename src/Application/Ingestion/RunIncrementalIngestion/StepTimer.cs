namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>Times consecutive steps of a run.</summary>
internal sealed class StepTimer(TimeProvider clock)
{
    private readonly List<StepDuration> _steps = [];
    private long _start = clock.GetTimestamp();

    public IReadOnlyList<StepDuration> Steps => _steps;

    public void Lap(string step)
    {
        var now = clock.GetTimestamp();
        _steps.Add(new StepDuration(step, Math.Round(clock.GetElapsedTime(_start, now).TotalMilliseconds, 1)));
        _start = now;
    }
}
