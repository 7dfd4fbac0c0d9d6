namespace SpaceX.Infrastructure.LocalDatabase;

/// <summary>The <c>LocalDatabase</c> configuration section: where the private cluster lives.</summary>
public sealed class LocalDatabaseOptions
{
    public const string Section = "LocalDatabase";

    /// <summary>
    /// Folder of the cluster. Default: ~/.local/share/spacex-pipeline/postgres for an ordinary user; for root
    /// /var/lib/spacex-pipeline/postgres, since the server runs as the postgres user, who cannot enter /root.
    /// </summary>
    public string? Directory { get; set; }

    public string ResolveDirectory()
    {
        if (!string.IsNullOrWhiteSpace(Directory))
        {
            return Path.GetFullPath(Directory);
        }

        if (Environment.IsPrivilegedProcess)
        {
            return "/var/lib/spacex-pipeline/postgres";
        }

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "spacex-pipeline", "postgres");
    }
}
