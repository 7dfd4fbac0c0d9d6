using System.Reflection;
using System.Text.RegularExpressions;
using Mediator;
using NetArchTest.Rules;
using SpaceX.Application.Aggregations;
using SpaceX.Application.Database;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Monitoring;

namespace SpaceX.ArchitectureTests;

/// <summary>Where each framework, each kind of handler and the schema's name may appear.</summary>
public sealed class BoundaryTests
{
    /// <summary>What a handler writes through: the stores, the schema's migrations and the metrics.</summary>
    private static readonly Type[] Writers = [typeof(IIngestionStore), typeof(IAggregationStore), typeof(IDatabaseSchema), typeof(PipelineMetrics)];

    [Fact]
    public void Host_UsesNpgsqlAndEfCoreOnlyFromItsCompositionFolder() =>
        AssertNoDependency(
            Types.InAssembly(Layers.Host).That().DoNotResideInNamespace("SpaceX.Host.Composition"), ["Npgsql", "Microsoft.EntityFrameworkCore"]);

    [Fact]
    public void AspNetCore_IsUsedOnlyInHost()
    {
        AssertNoDependency(Types.InAssemblies([Layers.Domain, Layers.Application, Layers.Infrastructure]), ["Microsoft.AspNetCore"]);
    }

    [Fact]
    public void TheServiceTheDashboardAndWhatTheyShare_DoNotUseTheCli() =>
        AssertNoDependency(
            Types.InAssembly(Layers.Host).That().ResideInNamespace("SpaceX.Host.Serve")
                .Or().ResideInNamespace("SpaceX.Host.Dashboard").Or().ResideInNamespace("SpaceX.Host.Common")
                .Or().ResideInNamespace("SpaceX.Host.Monitoring"),
            ["SpaceX.Host.Cli"]);

    [Fact]
    public void QueryHandlers_WriteNothing()
    {
        var writing = Layers.Application.GetTypes()
            .Where(type => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))
            .SelectMany(handler => handler.GetConstructors().SelectMany(c => c.GetParameters())
                .Where(p => Writers.Contains(p.ParameterType))
                .Select(p => $"{handler.Name} takes {p.ParameterType.Name}"))
            .ToList();

        Assert.Empty(writing);
    }

    [Fact]
    public void TheSchemaName_IsWrittenInCSharpOnlyInTableNames()
    {
        var src = Path.Combine(Layers.RepositoryRoot(), "src");
        var offending = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsGenerated(file) && Path.GetFileName(file) != "TableNames.cs")
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => Regex.IsMatch(l.line, @"\bspacex\.[a-z_]"))
            .Select(l => $"{Path.GetRelativePath(src, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.Empty(offending);
    }

    /// <summary>EF Core's migrations, generated; and what the build writes.</summary>
    private static bool IsGenerated(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static void AssertNoDependency(PredicateList types, string[] forbidden) => AssertNoDependency(types.Should(), forbidden);

    private static void AssertNoDependency(Types types, string[] forbidden) => AssertNoDependency(types.Should(), forbidden);

    private static void AssertNoDependency(Conditions should, string[] forbidden)
    {
        var result = should.NotHaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
