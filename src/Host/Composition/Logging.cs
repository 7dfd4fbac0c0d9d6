using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Formatting.Compact;

namespace SpaceX.Host.Composition;

/// <summary>How much is logged, and in which form.</summary>
public enum LogDetail
{
    /// <summary>Warnings and errors only.</summary>
    Quiet,
    Normal,

    /// <summary>Everything from debug up, the retry library's attempts included.</summary>
    Verbose,
}

public static class Logging
{
    public static readonly IReadOnlyList<string> Formats = ["text", "json"];

    private const string TextTemplate = "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}";

    /// <summary>
    /// Structured logs go to stderr, so that stdout carries only what a verb prints (a table, CSV, JSON): as text for
    /// people, or as JSON for a log shipper (one compact object per line, ISO 8601 UTC timestamps, a run's lines
    /// carrying its <c>RunId</c>). Levels come from <c>Serilog:MinimumLevel:Default</c> and
    /// <c>Serilog:MinimumLevel:Override:{source}</c>, which keep the retry library's per-attempt chatter out.
    /// </summary>
    /// <param name="format">text or json; null for <c>Logging:Format</c>, else text.</param>
    /// <param name="textWriter">Where text logs go instead of stderr (a live display that keeps them above itself).</param>
    public static Serilog.Core.Logger Create(IConfiguration configuration, LogDetail detail, string? format, TextWriter? textWriter = null)
    {
        var levels = configuration.GetSection("Serilog:MinimumLevel");
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(detail switch
            {
                LogDetail.Verbose => LogEventLevel.Debug,
                LogDetail.Quiet => LogEventLevel.Warning,
                _ => Level(levels["Default"], LogEventLevel.Information),
            })
            .Enrich.FromLogContext();
        foreach (var source in detail == LogDetail.Verbose ? [] : levels.GetSection("Override").GetChildren())
        {
            logger.MinimumLevel.Override(source.Key, Level(source.Value, LogEventLevel.Information));
        }

        return ((format ?? configuration["Logging:Format"]) == "json"
                ? logger.WriteTo.Console(new RenderedCompactJsonFormatter(), standardErrorFromLevel: LogEventLevel.Verbose)
                : textWriter is not null ? logger.WriteTo.Sink(new TextWriterSink(textWriter))
                : logger.WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, outputTemplate: TextTemplate))
            .CreateLogger();
    }

    private static LogEventLevel Level(string? value, LogEventLevel fallback) =>
        Enum.TryParse<LogEventLevel>(value, ignoreCase: true, out var level) ? level : fallback;

    /// <summary>Text logs written to a writer of our choosing, one event at a time.</summary>
    private sealed class TextWriterSink(TextWriter writer) : ILogEventSink
    {
        private readonly MessageTemplateTextFormatter _formatter = new(TextTemplate);
        private readonly Lock _lock = new();

        public void Emit(LogEvent logEvent)
        {
            lock (_lock)
            {
                _formatter.Format(logEvent, writer);
            }
        }
    }
}
