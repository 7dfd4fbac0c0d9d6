namespace SpaceX.Application.Ingestion;

/// <summary>The run was refused as a whole (too many bad records); it is recorded as failed and wrote no data.</summary>
public sealed class IngestionFailedException(string message) : Exception(message);
