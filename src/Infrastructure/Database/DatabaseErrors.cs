using System.Net.Sockets;
using Npgsql;
using SpaceX.Application;

namespace SpaceX.Infrastructure.Database;

/// <summary>Npgsql's and PostgreSQL's errors in words: what is wrong, and whether the settings are to blame.</summary>
public static class DatabaseErrors
{
    /// <summary>The database error in <paramref name="exception"/> or its inner exceptions; null when there is none.</summary>
    public static DatabaseError? Describe(Exception exception) => Find<NpgsqlException>(exception) is { } database
        ? new DatabaseError(Message(database), InTheSettings(database), Unavailable(database))
        : null;

    private static bool InTheSettings(NpgsqlException exception) => exception is PostgresException
    {
        SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification
            or PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.InvalidCatalogName,
    };

    private static bool Unavailable(NpgsqlException exception) =>
        exception is not PostgresException postgres || postgres.SqlState[..2] is "08" or "28" or "3D" or "53" or "57";

    private static string Message(NpgsqlException exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } auth =>
            $"{OneLine(auth.MessageText)} (check the user and password of the connection string)",
        PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } denied =>
            $"{OneLine(denied.MessageText)} (the connection string's user lacks a privilege: grant it, or use another user)",
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } missing =>
            $"{OneLine(missing.MessageText)} (create it, or correct the connection string's Database)",
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
