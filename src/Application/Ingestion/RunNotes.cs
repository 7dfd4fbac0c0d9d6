namespace SpaceX.Application.Ingestion;

/// <summary>What a run's row keeps beside its counts: how long its steps took, its warnings and the drift it saw (also among the warnings).</summary>
public sealed record RunNotes(IReadOnlyList<StepDuration> Steps, IReadOnlyList<string> Warnings, IReadOnlyList<string> Drift)
{
    /// <summary>A run that ended before its checks: the steps it finished.</summary>
    public static RunNotes Unfinished(IReadOnlyList<StepDuration> steps) => new(steps, [], []);
}
