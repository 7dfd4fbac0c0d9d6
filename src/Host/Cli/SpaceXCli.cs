using System.CommandLine;
using Serilog.Events;
using SpaceX.Host.Composition;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

public static class SpaceXCli
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("spacex: keeps a PostgreSQL database in step with the SpaceX launch API")
        {
            IngestVerb.Create(),
            ServeVerb.Create(),
            AggregateVerb.Create(),
            ReportVerb.Create(),
            ReplayVerb.Create(),
            MigrateVerb.Create(),
            StatusVerb.Create(),
            RunsVerb.Create(),
            RunsVerb.CreateQuarantine(),
            DbVerb.Create(),
        };
        root.Options.Add(GlobalOptions.Database);
        root.Options.Add(GlobalOptions.Verbose);
        root.Options.Add(GlobalOptions.Quiet);
        root.Options.Add(GlobalOptions.LogFormat);
        return root;
    }

    /// <summary>Parses and runs; any error becomes one line on stderr and exit code 1 or 2 (130 / 143 after SIGINT / SIGTERM).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var configuration = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null, // StopSignals below: a signal cancels, the verb ends cleanly
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        var parseResult = CreateRoot().Parse(args);
        // Read on the paths that end in an error only: a verb that succeeds reads its configuration once.
        bool JsonLogs() => Logging.IsJson(parseResult.GetValue(GlobalOptions.LogFormat), AppConfiguration.Build(new Dictionary<string, string?>()));
        if (parseResult.Errors.Count > 0)
        {
            ErrorReporter.Write($"{ParseErrors.Describe(parseResult.Errors)} (see --help)", JsonLogs(), configuration.Error);
            return ExitCodes.InvalidInput;
        }

        using var signals = new StopSignals();
        try
        {
            return await parseResult.InvokeAsync(configuration, signals.Token);
        }
        catch (Exception) when (signals.Received is { } signal)
        {
            ErrorReporter.Write($"stopped by {signal}; what was not committed was rolled back", JsonLogs(), configuration.Error, LogEventLevel.Warning);
            return StopSignals.ExitCode(signal);
        }
        catch (Exception exception)
        {
            return ErrorReporter.Report(exception, parseResult.GetValue(GlobalOptions.Verbose), JsonLogs(), configuration.Error);
        }
    }
}
