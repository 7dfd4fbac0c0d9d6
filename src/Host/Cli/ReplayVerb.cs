using System.CommandLine;
using SpaceX.ApiReplay;
using SpaceX.ApiReplay.Faults;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

/// <summary><c>replay</c>: serve a snapshot directory as the SpaceX API on loopback, for offline work and tests.</summary>
public static class ReplayVerb
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Snapshot directory (launches.json, payloads.json, ...)", Required = true };
        var port = new Option<int>("--port") { Description = "Loopback port (0: any free one)", DefaultValueFactory = _ => 5055 };
        var asOf = new Option<DateTimeOffset?>("--as-of")
        {
            Description = "Serve the API as it looked then: later launches upcoming, later static fires unknown",
            CustomParser = Dates.Parse,
        };
        var latency = new Option<int>("--latency") { Description = "Milliseconds added to every request" };
        var faults = new Option<string[]>("--fault")
        {
            Description = "Inject faults: KIND[xCOUNT|x*][@AFTER][:PATH], KIND one of 429, 500, 403, truncate, slow, ignore-body (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var synthetic = new Option<int?>("--synthetic")
        {
            Description = "Serve this many synthetic launches (generated on demand from the snapshot's real ones, with their payloads) " +
                "instead of the snapshot's; launchpads and rockets stay the snapshot's",
        };
        var command = new Command("replay", "Serve a snapshot directory as the SpaceX API on loopback")
        {
            data, port, asOf, latency, faults, synthetic,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (parseResult.GetValue(port) is < 0 or > 65535 || parseResult.GetValue(latency) < 0)
            {
                throw new UsageException("--port must be 0..65535 and --latency 0 or more.");
            }

            if (parseResult.GetValue(synthetic) is < 1)
            {
                throw new UsageException("--synthetic must be 1 or more launches.");
            }

            var options = new ReplayOptions
            {
                DataDirectory = parseResult.GetValue(data)!,
                Port = parseResult.GetValue(port),
                AsOf = parseResult.GetValue(asOf),
                Latency = TimeSpan.FromMilliseconds(parseResult.GetValue(latency)),
                Faults = (parseResult.GetValue(faults) ?? []).Select(FaultRule.Parse).ToList(),
                SyntheticLaunches = parseResult.GetValue(synthetic),
            };
            await using var server = await ReplayServer.StartAsync(options, cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            var what = options.SyntheticLaunches is { } count ? $"{count:N0} synthetic launches from {options.DataDirectory}" : options.DataDirectory;
            output.WriteLine($"Replaying {what} at {server.BaseAddress} (Ctrl+C to stop)");
            try
            {
                // Ends on Ctrl+C or SIGTERM, whichever of the server's or the CLI's handlers sees it.
                await server.WaitForShutdownAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            output.WriteLine($"Served {server.RequestCount} request(s).");

            return ExitCodes.Ok;
        });
        return command;
    }
}
