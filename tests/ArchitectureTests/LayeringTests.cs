using NetArchTest.Rules;

namespace SpaceX.ArchitectureTests;

/// <summary>
/// What the project references cannot already forbid: Domain has no references at all, and a layer cannot name the
/// ones that reference it (a cycle does not build), so these rules are about packages and folders.
/// </summary>
public sealed class LayeringTests
{
    [Fact]
    public void Domain_ReferencesNoOtherAssembly()
    {
        var references = Layers.Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"SpaceX.Domain references {name}"));
    }

    [Fact]
    public void Application_NeverUsesEfCoreNpgsqlOrAnotherAdapterFramework()
    {
        AssertNoDependency(Types.InAssembly(Layers.Application), [.. Layers.Frameworks]);
    }

    [Fact]
    public void Infrastructure_KnowsNoCommandLineFramework()
    {
        AssertNoDependency(Types.InAssembly(Layers.Infrastructure), ["System.CommandLine", "Spectre.Console"]);
    }

    [Fact]
    public void Host_UsesInfrastructureOnlyFromItsCompositionFolder()
    {
        AssertNoDependency(
            Types.InAssembly(Layers.Host).That().DoNotResideInNamespace("SpaceX.Host.Composition"), ["SpaceX.Infrastructure"]);
    }

    private static void AssertNoDependency(PredicateList types, string[] forbidden) => AssertNoDependency(types.Should(), forbidden);

    private static void AssertNoDependency(Types types, string[] forbidden) => AssertNoDependency(types.Should(), forbidden);

    private static void AssertNoDependency(Conditions should, string[] forbidden)
    {
        var result = should.NotHaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
