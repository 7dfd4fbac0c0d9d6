using Mediator;
using SpaceX.Application.Behaviors;
using SpaceX.Application.Ingestion.Quality;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>
/// One run of the pipeline. By default incremental (initial on an empty database); <paramref name="FullRefresh"/>
/// fetches everything; <paramref name="From"/>/<paramref name="To"/> backfill a date range.
/// </summary>
/// <param name="LookbackDays">How far before the high-water mark an incremental run re-reads, for corrected launches.</param>
/// <param name="MaxInvalidPercent">Above this share of bad records the run fails and writes nothing.</param>
/// <param name="Wait">Wait for a run in progress to end instead of giving up.</param>
/// <param name="OnSchemaChange">Whether a change in the shape of the API's documents is a warning or refuses the run.</param>
public sealed record RunIncrementalIngestionCommand(
    bool FullRefresh = false,
    bool DryRun = false,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int LookbackDays = 30,
    double MaxInvalidPercent = 20,
    bool Wait = false,
    SchemaChangePolicy OnSchemaChange = SchemaChangePolicy.Warn) : ICommand<IngestionReport>, IRequiresSchema
{
    public bool IsBackfill => From is not null || To is not null;
}
