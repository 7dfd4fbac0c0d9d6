using FluentValidation;
using SpaceX.ApiReplay;
using SpaceX.Application;
using SpaceX.Application.Ingestion;
using SpaceX.Domain;
using SpaceX.Host.Composition;
using Serilog.Events;

namespace SpaceX.Host.Common;

/// <summary>Turns any exception into one line on stderr and an exit code; the stack trace only with --verbose.</summary>
public static class ErrorReporter
{
    /// <param name="json">Write it as a JSON log event (level Error, the exception as a property) instead of a line of text.</param>
    public static int Report(Exception exception, bool verbose, bool json, TextWriter error)
    {
        var (code, message) = Describe(exception);
        if (json)
        {
            Logging.WriteJsonEvent(error, LogEventLevel.Error, message, exception);
        }
        else
        {
            error.WriteLine($"error: {message}");
            if (verbose)
            {
                error.WriteLine(exception);
            }
        }

        return code;
    }

    /// <summary>A line that ends a verb without an exception to show (a refused command line, a stop), in the logs' form.</summary>
    public static void Write(string message, bool json, TextWriter error, LogEventLevel level = LogEventLevel.Error)
    {
        if (json)
        {
            Logging.WriteJsonEvent(error, level, message);
        }
        else
        {
            error.WriteLine($"error: {message}");
        }
    }

    public static (int Code, string Message) Describe(Exception exception) => exception switch
    {
        ValidationException validation => (ExitCodes.InvalidInput,
            string.Join("; ", validation.Errors.Select(e => e.ErrorMessage).Distinct())),
        ConfigurationException or UsageException or ReplayException => (ExitCodes.InvalidInput, exception.Message),
        DomainException domain => (ExitCodes.Failed, domain.Message),
        RunInProgressException => (ExitCodes.RunInProgress, exception.Message),
        OperationCanceledException => (ExitCodes.Failed, "cancelled"),
        _ when CompositionRoot.DescribeDatabaseError(exception) is { } database =>
            (database.InTheSettings ? ExitCodes.InvalidInput : ExitCodes.Failed, database.Message),
        _ => (ExitCodes.Failed, OneLine(exception.Message)),
    };

    /// <summary>The database gave no connection (see <see cref="DatabaseError.Unavailable"/>): a service answers 503, it may come back.</summary>
    public static bool IsDatabaseUnavailable(Exception exception) => CompositionRoot.DescribeDatabaseError(exception)?.Unavailable == true;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
