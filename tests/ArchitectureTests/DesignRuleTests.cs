using Mono.Cecil;
using Mono.Cecil.Cil;
using SpaceX.Domain.Ingestion;

namespace SpaceX.ArchitectureTests;

/// <summary>Rules of this design that no reference or namespace can express, read from the compiled code.</summary>
public sealed class DesignRuleTests
{
    private static readonly string[] RunStateChanges = [nameof(IngestionRun.Succeed), nameof(IngestionRun.Fail), nameof(IngestionRun.Cancel)];

    [Fact]
    public void OnlyTheIngestionHandler_ChangesARunsState()
    {
        var callers = new[] { Layers.Application, Layers.Infrastructure, Layers.Host }
            .SelectMany(Methods)
            .Where(method => Calls(method).Any(called =>
                called.DeclaringType.FullName == typeof(IngestionRun).FullName && RunStateChanges.Contains(called.Name)))
            .Select(method => Outermost(method.DeclaringType).FullName)
            .Distinct()
            .ToList();

        Assert.Equal(["SpaceX.Application.Ingestion.RunIncrementalIngestion.RunIncrementalIngestionHandler"], callers);
    }

    [Fact]
    public void EveryDomainType_IsUsedByProductionCode()
    {
        var domain = Module(Layers.Domain);
        var used = new[] { Layers.Application, Layers.Infrastructure, Layers.Host }
            .SelectMany(assembly => Module(assembly).GetTypeReferences())
            .Where(reference => reference.Scope.Name == domain.Assembly.Name.Name)
            .Select(reference => reference.FullName)
            .ToHashSet();
        var domainTypes = domain.Types.Where(t => t.Name != "<Module>" && !t.Name.StartsWith('<')).ToList();

        // A Domain type is used too when a used Domain type uses it (an enum in a record's property, say).
        for (var grew = true; grew;)
        {
            var before = used.Count;
            foreach (var type in domainTypes.Where(t => used.Contains(t.FullName)).ToList())
            {
                used.UnionWith(ReferencedTypes(type));
            }

            grew = used.Count > before;
        }

        var unused = domainTypes.Select(t => t.FullName).Where(name => !used.Contains(name)).ToList();
        Assert.True(unused.Count == 0, "Used by no production code: " + string.Join(", ", unused));
    }

    private static ModuleDefinition Module(System.Reflection.Assembly assembly) => ModuleDefinition.ReadModule(assembly.Location);

    private static IEnumerable<MethodDefinition> Methods(System.Reflection.Assembly assembly) =>
        Module(assembly).GetTypes().SelectMany(type => type.Methods).Where(method => method.HasBody);

    private static IEnumerable<MethodReference> Calls(MethodDefinition method) =>
        method.Body.Instructions.Where(i => i.OpCode.Code is Code.Call or Code.Callvirt).Select(i => (MethodReference)i.Operand);

    /// <summary>Async methods and lambdas compile to nested types; the rule is about the type that wrote them.</summary>
    private static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static IEnumerable<string> ReferencedTypes(TypeDefinition type)
    {
        var nested = type.NestedTypes.Prepend(type).ToList();
        var signatures = nested.SelectMany(t => t.Fields.Select(f => f.FieldType)
            .Concat(t.Properties.Select(p => p.PropertyType))
            .Concat(t.Methods.SelectMany(m => m.Parameters.Select(p => p.ParameterType).Append(m.ReturnType))));
        var bodies = nested.SelectMany(t => t.Methods).Where(m => m.HasBody).SelectMany(m => m.Body.Instructions)
            .Select(i => i.Operand switch
            {
                TypeReference reference => reference,
                MemberReference member => member.DeclaringType,
                _ => null,
            })
            .OfType<TypeReference>();
        return signatures.Concat(bodies).SelectMany(Unwrap).Select(t => t.FullName);
    }

    /// <summary>A type and the types it is built of: <c>IReadOnlyList&lt;Launch&gt;</c> uses Launch.</summary>
    private static IEnumerable<TypeReference> Unwrap(TypeReference type) => type switch
    {
        GenericInstanceType generic => generic.GenericArguments.SelectMany(Unwrap).Prepend(generic.ElementType),
        TypeSpecification specification => Unwrap(specification.ElementType),
        _ => [type],
    };
}
