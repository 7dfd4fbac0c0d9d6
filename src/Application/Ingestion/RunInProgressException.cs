namespace SpaceX.Application.Ingestion;

public sealed class RunInProgressException()
    : Exception("Another ingestion run is in progress on this database; try again when it ends.");
