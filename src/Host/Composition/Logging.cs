using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;

namespace SpaceX.Host.Composition;

public static class Logging
{
    /// <summary>Structured logs go to stderr, so that stdout carries only what a verb prints (a table, CSV, JSON).</summary>
    public static Serilog.Core.Logger Create(IConfiguration configuration, bool verbose)
    {
        var logger = new LoggerConfiguration().ReadFrom.Configuration(configuration);
        if (verbose)
        {
            logger.MinimumLevel.Debug();
        }

        return logger
            .WriteTo.Console(
                standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}")
            .CreateLogger();
    }
}
