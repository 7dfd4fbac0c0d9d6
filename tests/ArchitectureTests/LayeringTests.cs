using NetArchTest.Rules;

namespace SpaceX.ArchitectureTests;

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
    public void Domain_DependsOnNoOtherLayer()
    {
        AssertNoDependency(Types.InAssembly(Layers.Domain), ["SpaceX.Application", "SpaceX.Infrastructure", "SpaceX.Host", "Mediator", "FluentValidation"]);
    }

    [Fact]
    public void Application_KnowsNoAdapterOrFramework()
    {
        AssertNoDependency(Types.InAssembly(Layers.Application), ["SpaceX.Infrastructure", "SpaceX.Host", .. Layers.Frameworks]);
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnHost()
    {
        AssertNoDependency(Types.InAssembly(Layers.Infrastructure), ["SpaceX.Host", "System.CommandLine", "Spectre.Console"]);
    }

    private static void AssertNoDependency(Types types, string[] forbidden)
    {
        var result = types.ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
