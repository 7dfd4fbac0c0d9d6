using System.CommandLine;
using SpaceX.Application.Ingestion.Quality;

namespace SpaceX.Host.Cli;

/// <summary>The options of a run that <c>ingest</c> and <c>serve</c> share.</summary>
public sealed class RunOptions
{
    public Option<string?> Api { get; } = new("--api")
    {
        Description = "SpaceX API base URL, or a snapshot directory to replay offline (default: SpaceXApi:BaseUrl, the real API)",
    };

    public Option<int> Lookback { get; } = new("--lookback")
    {
        Description = "Days before the high-water mark that an incremental run re-reads",
        DefaultValueFactory = _ => 30,
    };

    public Option<double> MaxInvalid { get; } = new("--max-invalid")
    {
        Description = "Percent of bad records of any one kind (launches, payloads, launchpads, rockets) above which the run fails and writes nothing",
        DefaultValueFactory = _ => 20,
    };

    public Option<SchemaChangePolicy> OnSchemaChange { get; } = new("--on-schema-change")
    {
        Description = "warn (default): report a change in the API's document shape and go on; fail: refuse the run",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Api);
        command.Options.Add(Lookback);
        command.Options.Add(MaxInvalid);
        command.Options.Add(OnSchemaChange);
    }
}
