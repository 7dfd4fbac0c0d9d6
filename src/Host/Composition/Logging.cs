using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Formatting;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;

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

    private const string TextTemplate = "{Timestamp:HH:mm:ss} {Level:u3} {Message:l}{NewLine}";

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

        return (IsJson(format, configuration)
                ? logger.WriteTo.Console(new JsonLogFormatter(), standardErrorFromLevel: LogEventLevel.Verbose)
                : textWriter is not null ? logger.WriteTo.Sink(new TextWriterSink(textWriter, new MessageTemplateTextFormatter(TextTemplate)))
                : logger.WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, outputTemplate: TextTemplate))
            .CreateLogger();
    }

    /// <param name="format">The <c>--log-format</c> given; null for <c>Logging:Format</c>, else text.</param>
    public static bool IsJson(string? format, IConfiguration configuration) => (format ?? configuration["Logging:Format"]) == "json";

    /// <summary>
    /// One event in the JSON logs' form, for what ends a verb outside its logger (an error, a stop): an error carries its
    /// exception and, when a run ended with it, the run's id.
    /// </summary>
    public static void WriteJsonEvent(TextWriter writer, LogEventLevel level, string message, Exception? exception = null)
    {
        using var logger = new LoggerConfiguration().WriteTo.Sink(new TextWriterSink(writer, new JsonLogFormatter())).CreateLogger();
        var context = exception?.Data[RunIncrementalIngestionHandler.RunIdProperty] is Guid runId
            ? logger.ForContext(RunIncrementalIngestionHandler.RunIdProperty, runId)
            : logger;
        context.Write(level, exception, "{Message:l}", message);
    }

    private static LogEventLevel Level(string? value, LogEventLevel fallback) =>
        Enum.TryParse<LogEventLevel>(value, ignoreCase: true, out var level) ? level : fallback;

    /// <summary>Logs written to a writer of our choosing, one event at a time.</summary>
    private sealed class TextWriterSink(TextWriter writer, ITextFormatter formatter) : ILogEventSink
    {
        private readonly Lock _lock = new();

        public void Emit(LogEvent logEvent)
        {
            lock (_lock)
            {
                formatter.Format(logEvent, writer);
            }
        }
    }
}
