using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;

namespace SpaceX.Host.Composition;

public static class Logging
{
    /// <summary>
    /// Structured logs go to stderr, so that stdout carries only what a verb prints (a table, CSV, JSON). Levels
    /// come from <c>Serilog:MinimumLevel:Default</c> and <c>Serilog:MinimumLevel:Override:{source}</c> (which keep
    /// the retry library's per-attempt chatter out); <c>--verbose</c> shows everything from debug up.
    /// </summary>
    public static Serilog.Core.Logger Create(IConfiguration configuration, bool verbose)
    {
        var levels = configuration.GetSection("Serilog:MinimumLevel");
        var logger = new LoggerConfiguration().MinimumLevel.Is(verbose ? LogEventLevel.Debug : Level(levels["Default"], LogEventLevel.Information));
        foreach (var source in verbose ? [] : levels.GetSection("Override").GetChildren())
        {
            logger.MinimumLevel.Override(source.Key, Level(source.Value, LogEventLevel.Information));
        }

        return logger
            .WriteTo.Console(
                standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}")
            .CreateLogger();
    }

    private static LogEventLevel Level(string? value, LogEventLevel fallback) =>
        Enum.TryParse<LogEventLevel>(value, ignoreCase: true, out var level) ? level : fallback;
}
