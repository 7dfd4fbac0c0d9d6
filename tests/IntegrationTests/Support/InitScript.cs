using System.Diagnostics;
using Npgsql;

namespace SpaceX.IntegrationTests.Support;

/// <summary>The scripts of docker/postgres, run as the postgres image runs them: with psql, as the admin, on one database.</summary>
public static class InitScript
{
    public static async Task RunAsync(string script, string database, IReadOnlyDictionary<string, string> environment)
    {
        var admin = new NpgsqlConnectionStringBuilder(await PostgresServer.AdminConnectionStringAsync());
        var start = new ProcessStartInfo("sh", [Path.Combine(AppContext.BaseDirectory, "docker-postgres", script)]) { RedirectStandardError = true };
        var variables = new Dictionary<string, string>
        {
            ["POSTGRES_USER"] = admin.Username!, ["POSTGRES_DB"] = database,
            ["PGHOST"] = admin.Host!, ["PGPORT"] = admin.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["PGPASSWORD"] = admin.Password ?? "",
        };
        foreach (var (name, value) in variables.Concat(environment))
        {
            start.Environment[name] = value;
        }

        using var psql = Process.Start(start)!;
        var error = await psql.StandardError.ReadToEndAsync();
        await psql.WaitForExitAsync();
        Assert.True(psql.ExitCode == 0, error);
    }

    /// <summary>A file that holds a password as a compose secret does (with a line break), deleted by the caller.</summary>
    public static string SecretFile(string password)
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, password + "\n");
        return file;
    }
}
