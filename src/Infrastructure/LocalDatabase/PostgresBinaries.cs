using SpaceX.Infrastructure.Database;

using SpaceX.Application;

namespace SpaceX.Infrastructure.LocalDatabase;

/// <summary>Finds the machine's PostgreSQL server programs: on PATH first, else the newest /usr/lib/postgresql/*/bin.</summary>
internal static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    public static string FindDirectory()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(HasServerPrograms);
        var debian = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(HasServerPrograms)
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            : Enumerable.Empty<string>();
        return onPath.Concat(debian).Select(ResolveLinks).FirstOrDefault()
            ?? throw new ConfigurationException(
                "No PostgreSQL server binaries (initdb, pg_ctl) found on PATH or under /usr/lib/postgresql/*/bin: " +
                "install PostgreSQL, or point at a server with --db \"Host=...;Database=...;Username=...;Password=...\" " +
                "or the ConnectionStrings__SpaceX environment variable.");
    }

    private static bool HasServerPrograms(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    /// <summary>/usr/local/bin/pg_ctl may be a link into the real bin folder, where postgres itself lives.</summary>
    private static string ResolveLinks(string directory)
    {
        var target = new FileInfo(Path.Combine(directory, "pg_ctl")).ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? directory : Path.GetDirectoryName(target.FullName)!;
    }
}
