using System.Reflection;
using FluentValidation;
using Mediator;
using NetArchTest.Rules;

namespace SpaceX.ArchitectureTests;

public sealed class ConventionTests
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(ICommandHandler<,>), typeof(IQueryHandler<,>), typeof(IRequestHandler<,>),
    ];

    private static readonly Type[] MessageInterfaces = [typeof(ICommand<>), typeof(IQuery<>), typeof(IRequest<>)];

    [Fact]
    public void Handlers_LiveOnlyInApplication()
    {
        var elsewhere = new[] { Layers.Domain, Layers.Infrastructure, Layers.Host }
            .SelectMany(a => a.GetTypes())
            .Where(t => Implements(t, HandlerInterfaces))
            .Select(t => t.FullName);

        Assert.Empty(elsewhere);
    }

    [Fact]
    public void Handlers_AreSealedAndSuffixed()
    {
        var handlers = Layers.Application.GetTypes().Where(t => Implements(t, HandlerInterfaces)).ToList();

        Assert.NotEmpty(handlers);
        Assert.All(handlers, h => Assert.True(h.IsSealed && h.Name.EndsWith("Handler", StringComparison.Ordinal), h.FullName));
    }

    [Fact]
    public void Messages_AreSealedRecordsNamedForWhatTheyAre()
    {
        var messages = Layers.Application.GetTypes().Where(t => Implements(t, MessageInterfaces)).ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, m =>
        {
            Assert.True(m.IsSealed, $"{m.Name} is not sealed");
            Assert.True(m.GetMethod("<Clone>$") is not null, $"{m.Name} is not a record");
            Assert.True(m.Name.EndsWith("Command", StringComparison.Ordinal) || m.Name.EndsWith("Query", StringComparison.Ordinal), m.Name);
        });
    }

    [Fact]
    public void Validators_AreSealedAndSuffixed()
    {
        var result = Types.InAssembly(Layers.Application)
            .That().Inherit(typeof(AbstractValidator<>))
            .Should().BeSealed().And().HaveNameEndingWith("Validator")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void PipelineBehaviors_AreSealed()
    {
        var behaviors = Layers.Application.GetTypes().Where(t => Implements(t, [typeof(IPipelineBehavior<,>)])).ToList();

        Assert.NotEmpty(behaviors);
        Assert.All(behaviors, b => Assert.True(b.IsSealed, b.FullName));
    }

    private static bool Implements(Type type, Type[] openGenerics) =>
        type is { IsClass: true, IsAbstract: false } &&
        type.GetInterfaces().Any(i => i.IsGenericType && openGenerics.Contains(i.GetGenericTypeDefinition())) &&
        type.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>() is null;
}
