using System.Text.RegularExpressions;
using System.Xml.Linq;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace SpaceX.IntegrationTests.Deployment;

/// <summary>What docker/ promises that can be checked without Docker: the compose file, the image's labels, the build context.</summary>
public sealed class ComposeFileTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "deployment");

    private static readonly Dictionary<string, Dictionary<object, object>> Services = ReadServices();

    [Fact]
    public void UpStartsNoOneShot_OnlyTheScheduler_TheDatabaseAndTrino()
    {
        var started = Services.Where(s => !s.Value.ContainsKey("profiles")).Select(s => s.Key).Order();

        Assert.Equal(["postgres", "scheduler", "trino"], started);
        Assert.Equal(["ingest"], Strings(Services["ingest"]["profiles"]));
    }

    [Fact]
    public void TheSchedulersHealthcheck_IsLiveness()
    {
        var test = string.Join(" ", Strings(Map(Services["scheduler"]["healthcheck"])["test"]));

        Assert.Contains("/healthz", test, StringComparison.Ordinal);
        Assert.DoesNotContain("/readyz", test, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPasswordIsInTheEnvironment_EachIsASecretFile_AndThePipelineIsNotTheSuperuser()
    {
        foreach (var (name, service) in Services)
        {
            foreach (var (key, value) in Environment(service))
            {
                Assert.False(key.EndsWith("PASSWORD", StringComparison.OrdinalIgnoreCase), $"{name}: {key} holds a password");
                Assert.DoesNotMatch(new Regex("password=", RegexOptions.IgnoreCase), value);
                if (key.EndsWith("PasswordFile", StringComparison.Ordinal) || key.EndsWith("_PASSWORD_FILE", StringComparison.Ordinal))
                {
                    Assert.Contains(Path.GetFileName(value), Strings(service["secrets"]));
                }
            }
        }

        var pipeline = Environment(Services["scheduler"]);
        Assert.Equal("/run/secrets/pipeline_db_password", pipeline["Database__PasswordFile"]);
        Assert.Contains("Username=${PIPELINE_DB_USER:-spacex}", pipeline["ConnectionStrings__SpaceX"], StringComparison.Ordinal);
        Assert.Equal("postgres", Environment(Services["postgres"])["POSTGRES_USER"]); // the superuser, used by the init scripts only
        Assert.Equal(["pipeline_db_password"], Strings(Services["scheduler"]["secrets"]));
    }

    [Fact]
    public void TheImage_IsLabelledWithItsSourceVersionAndRevision_WhichItsVersionFlagShows()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Folder, "Dockerfile"));
        var version = XDocument.Load(Path.Combine(Folder, "Directory.Build.props")).Descendants("Version").Single().Value;

        Assert.Contains($"ARG VERSION={version}", dockerfile, StringComparison.Ordinal);
        foreach (var label in new[] { "source=\"$SOURCE\"", "version=\"$VERSION\"", "revision=\"$REVISION\"" })
        {
            Assert.Contains($"org.opencontainers.image.{label}", dockerfile, StringComparison.Ordinal);
        }

        Assert.Contains("-p:SourceRevisionId=\"$REVISION\"", dockerfile, StringComparison.Ordinal); // what --version appends
        var build = Map(Map(Services["scheduler"]["build"])["args"]);
        Assert.Equal(("${SPACEX_REVISION:-unknown}", "${SPACEX_SOURCE:-}"), ((string)build["REVISION"], (string)build["SOURCE"]));
    }

    [Fact]
    public void TheBuildContext_LeavesOutBenchOutputSecretsAndBuildOutput()
    {
        var ignored = File.ReadAllLines(Path.Combine(Folder, ".dockerignore"));

        Assert.Superset(new HashSet<string> { "bench/.out/", "docker/secrets/", ".git/", "**/bin/", "**/obj/" }, ignored.ToHashSet());
    }

    private static Dictionary<string, Dictionary<object, object>> ReadServices()
    {
        using var reader = new StringReader(File.ReadAllText(Path.Combine(Folder, "docker-compose.yml")));
        var compose = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(new MergingParser(new Parser(reader)));
        return Map(compose["services"]).ToDictionary(s => (string)s.Key, s => Map(s.Value));
    }

    private static Dictionary<string, string> Environment(Dictionary<object, object> service) =>
        service.TryGetValue("environment", out var environment)
            ? Map(environment).ToDictionary(e => (string)e.Key, e => (string)e.Value)
            : [];

    private static Dictionary<object, object> Map(object node) => (Dictionary<object, object>)node;

    private static List<string> Strings(object node) => [.. ((List<object>)node).Cast<string>()];
}
