namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

public sealed record StepDuration(string Step, double Milliseconds);
