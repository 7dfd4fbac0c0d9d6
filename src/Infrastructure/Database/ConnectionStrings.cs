using Npgsql;

using SpaceX.Application;

namespace SpaceX.Infrastructure.Database;

public static class ConnectionStrings
{
    /// <summary>Parses a connection string, turning Npgsql's complaint into a one-line configuration error.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            throw new ConfigurationException($"The connection string is malformed: {e.Message}");
        }
    }

    /// <summary>Where the connection goes, without credentials: safe for logs, errors and <c>status</c>.</summary>
    public static string Describe(string connectionString)
    {
        var builder = Parse(connectionString);
        var host = builder.Host ?? "localhost";
        var where = host.StartsWith('/') ? $"socket {host}" : $"{host}:{builder.Port}";
        return $"{where}, database {builder.Database ?? builder.Username ?? "(default)"}";
    }
}
