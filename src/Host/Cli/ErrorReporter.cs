using System.Net.Sockets;
using FluentValidation;
using Npgsql;
using SpaceX.ApiReplay;
using SpaceX.Application;
using SpaceX.Application.Ingestion;
using SpaceX.Domain;
using SpaceX.Host.Composition;
using Serilog.Events;

namespace SpaceX.Host.Cli;

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
        _ when Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } auth =>
            (ExitCodes.InvalidInput, $"{OneLine(auth.MessageText)} (check the user and password of the connection string)"),
        _ when Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.InsufficientPrivilege } denied =>
            (ExitCodes.InvalidInput, $"{OneLine(denied.MessageText)} (the connection string's user lacks a privilege: grant it, or use another user)"),
        _ when Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.InvalidCatalogName } missing =>
            (ExitCodes.InvalidInput, $"{OneLine(missing.MessageText)} (create it, or correct the connection string's Database)"),
        _ when Find<NpgsqlException>(exception) is { } database => (ExitCodes.Failed, DescribeDatabaseError(database)),
        _ => (ExitCodes.Failed, OneLine(exception.Message)),
    };

    /// <summary>
    /// The database gave no connection: unreachable, refusing (too many clients, starting, shutting down), the
    /// budget's connections all in use, or the login refused. A service answers 503: it may come back.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception exception) =>
        Find<NpgsqlException>(exception) is { } database
        && (database is not PostgresException postgres || postgres.SqlState[..2] is "08" or "28" or "3D" or "53" or "57");

    private static string DescribeDatabaseError(NpgsqlException exception) => exception switch
    {
        { InnerException: TimeoutException } when exception.Message.Contains("pool has been exhausted", StringComparison.Ordinal) =>
            "no database connection came free in time: all of this process's connections (Database:MaxConnections) are in use " +
            "for longer than the connection string's Timeout",
        PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow } =>
            ConnectionLost,
        PostgresException postgres => $"database error {postgres.SqlState}: {OneLine(postgres.MessageText)}",
        _ when Find<IOException>(exception) is not null => ConnectionLost, // it was open: reading or writing failed
        _ when Find<SocketException>(exception) is { } socket => $"cannot connect to PostgreSQL ({OneLine(exception.Message)}: {socket.Message})",
        _ => $"PostgreSQL: {OneLine(exception.Message)}",
    };

    private const string ConnectionLost =
        "the connection to PostgreSQL was lost (the server stopped or restarted); what was not committed was rolled back";

    private static T? Find<T>(Exception exception) where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
