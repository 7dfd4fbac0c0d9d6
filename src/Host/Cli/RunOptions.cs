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

    public Option<string[]> Notify { get; } = new("--notify")
    {
        Description = "A webhook told when a run fails, recovers, sees drift, quarantines new records or marks launches removed; repeatable; " +
                      "slack:URL for a Slack-compatible incoming webhook (also Notifications:Webhooks)",
    };

    /// <summary>The settings these options stand for (each <c>--notify</c> as a webhook after those of the configuration's).</summary>
    public Dictionary<string, string?> Settings(ParseResult parseResult, IReadOnlyDictionary<string, string?> others)
    {
        var settings = new Dictionary<string, string?>(others);
        var hooks = parseResult.GetValue(Notify) ?? [];
        for (var i = 0; i < hooks.Length; i++)
        {
            var slack = hooks[i].StartsWith("slack:", StringComparison.Ordinal);
            settings[$"Notifications:Webhooks:{WebhookBase + i}:Url"] = slack ? hooks[i]["slack:".Length..] : hooks[i];
            settings[$"Notifications:Webhooks:{WebhookBase + i}:Format"] = slack ? "slack" : "json";
        }

        return settings;
    }

    /// <summary>Where <c>--notify</c>'s webhooks start among the configured ones, so that they add to them rather than replace them.</summary>
    private const int WebhookBase = 100;

    public void AddTo(Command command)
    {
        command.Options.Add(Notify);
        command.Options.Add(Api);
        command.Options.Add(Lookback);
        command.Options.Add(MaxInvalid);
        command.Options.Add(OnSchemaChange);
    }
}
