using System.Xml.Linq;
using NetArchTest.Rules;

namespace SpaceX.ArchitectureTests;

/// <summary>
/// The native binary keeps whole the Infrastructure namespaces its publish profile roots (for Scrutor's scan), and
/// no EF Core code: EF Core's model and migrations serve design time only.
/// </summary>
public sealed class NativeBinaryTests
{
    private static readonly string[] DesignTimeOnly =
    [
        "SpaceX.Infrastructure.Persistence.Model", "SpaceX.Infrastructure.Persistence.Configurations", "SpaceX.Infrastructure.Persistence.Migrations",
    ];

    private static IReadOnlyList<string> Rooted() =>
        XDocument.Load(Path.Combine(Layers.RepositoryRoot(), "src", "Host", "Properties", "PublishProfiles", "AotRoots.xml"))
            .Descendants("assembly").Single(a => (string?)a.Attribute("fullname") == Layers.Infrastructure.GetName().Name)
            .Elements("namespace").Select(n => (string)n.Attribute("fullname")!).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void EveryInfrastructureNamespace_ButEfCoresModel_IsRootedInTheNativeBinary()
    {
        var namespaces = Layers.Infrastructure.GetTypes()
            .Select(type => type.Namespace)
            .OfType<string>()
            .Where(ns => ns.StartsWith("SpaceX.", StringComparison.Ordinal) && !DesignTimeOnly.Contains(ns))
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(namespaces, Rooted());
    }

    [Fact]
    public void NoRootedType_NamesEfCore()
    {
        var offending = Types.InAssembly(Layers.Infrastructure)
            .That().ResideInNamespaceMatching($"^({string.Join("|", Rooted().Select(ns => ns.Replace(".", "\\.", StringComparison.Ordinal)))})$")
            .Should().NotHaveDependencyOn("Microsoft.EntityFrameworkCore")
            .GetResult().FailingTypeNames ?? [];

        Assert.Empty(offending);
    }
}
