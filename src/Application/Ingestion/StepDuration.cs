namespace SpaceX.Application.Ingestion;

/// <summary>How long one step of a run took; stored with the run.</summary>
public sealed record StepDuration(string Step, double Milliseconds);
