using System.Net.Sockets;
using FluentValidation;
using Npgsql;
using SpaceX.ApiReplay;
using SpaceX.Domain;
using SpaceX.Infrastructure.Database;

namespace SpaceX.Host.Cli;

/// <summary>Turns any exception into one line on stderr and an exit code; the stack trace only with --verbose.</summary>
public static class ErrorReporter
{
    public static int Report(Exception exception, bool verbose, TextWriter error)
    {
        var (code, message) = Describe(exception);
        error.WriteLine($"error: {message}");
        if (verbose)
        {
            error.WriteLine(exception);
        }

        return code;
    }

    public static (int Code, string Message) Describe(Exception exception) => exception switch
    {
        ValidationException validation => (ExitCodes.InvalidInput,
            string.Join("; ", validation.Errors.Select(e => e.ErrorMessage).Distinct())),
        DatabaseConfigurationException or UsageException or ReplayException => (ExitCodes.InvalidInput, exception.Message),
        DomainException domain => (ExitCodes.Failed, domain.Message),
        OperationCanceledException => (ExitCodes.Failed, "cancelled"),
        _ when Find<NpgsqlException>(exception) is { } database => (ExitCodes.Failed, DescribeDatabaseError(database)),
        _ => (ExitCodes.Failed, OneLine(exception.Message)),
    };

    private static string DescribeDatabaseError(NpgsqlException exception)
    {
        if (exception is PostgresException postgres)
        {
            return $"database error {postgres.SqlState}: {OneLine(postgres.MessageText)}";
        }

        var cause = Find<SocketException>(exception) is { } socket ? $" ({socket.Message})" : "";
        return $"PostgreSQL: {OneLine(exception.Message)}{cause}";
    }

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
