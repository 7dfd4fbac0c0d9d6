using Microsoft.Extensions.Configuration;
using SpaceX.Application;

namespace SpaceX.Infrastructure.Database;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>What a process holds at most when neither this setting nor the connection string's <c>Maximum Pool Size</c> says.</summary>
    public const int DefaultMaxConnections = 10;

    /// <summary>
    /// The most connections the process holds at once, runs and HTTP requests together (Npgsql's pool size); null: the
    /// connection string's <c>Maximum Pool Size</c>, else <see cref="DefaultMaxConnections"/>.
    /// </summary>
    public int? MaxConnections { get; set; }

    /// <summary>
    /// A file that holds the password alone (a Docker or Kubernetes secret), so that the connection string in the
    /// environment holds none; it replaces the connection string's password. A trailing line break is not part of it.
    /// </summary>
    public string? PasswordFile { get; set; }

    /// <summary>The password <see cref="PasswordFile"/> holds; null when none is set.</summary>
    public string? ReadPassword()
    {
        if (string.IsNullOrWhiteSpace(PasswordFile))
        {
            return null;
        }

        try
        {
            return File.ReadAllText(PasswordFile).TrimEnd('\r', '\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{Section}:PasswordFile '{PasswordFile}' cannot be read: {e.Message}");
        }
    }

    /// <summary>The section as configured, checked: a value that does not parse or is out of range is a <see cref="ConfigurationException"/>.</summary>
    public static DatabaseOptions Load(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        DatabaseOptions options;
        try
        {
            options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        }
        catch (InvalidOperationException)
        {
            throw new ConfigurationException($"{Section}:MaxConnections '{section["MaxConnections"]}' is not a whole number");
        }

        if (options.MaxConnections is not (null or (>= 1 and <= 1000)))
        {
            throw new ConfigurationException($"{Section}:MaxConnections {options.MaxConnections} is not between 1 and 1000");
        }

        options.ReadPassword(); // a file that cannot be read stops the verb before it starts
        return options;
    }
}
