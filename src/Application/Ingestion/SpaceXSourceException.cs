namespace SpaceX.Application.Ingestion;

/// <summary>The API could not be read after retries: unreachable, an error status, an HTML page, a broken body.</summary>
public sealed class SpaceXSourceException(string message, Exception? inner = null) : Exception(message, inner);
