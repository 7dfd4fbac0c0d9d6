using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpaceX.Host.Composition;

namespace SpaceX.ArchitectureTests;

public sealed class ContainerTests
{
    // Building the container never connects: any well-formed connection string will do.
    private const string ConnectionString = "Host=localhost;Database=spacex;Username=spacex";

    [Fact]
    public void Container_BuildsWithValidateOnBuildAndValidateScopes()
    {
        using var provider = Build();

        Assert.NotNull(provider);
    }

    [Fact]
    public void Container_ResolvesEveryHandlerInAScope()
    {
        using var provider = Build();
        using var scope = provider.CreateScope();
        var handlers = typeof(SpaceX.Application.DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .ToList();

        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IMediator>());
        Assert.NotEmpty(handlers);
        Assert.All(handlers, h => Assert.NotNull(scope.ServiceProvider.GetRequiredService(h)));
    }

    [Fact]
    public void Mediator_IsScoped_SoItCanUseTheDbContext()
    {
        using var provider = Build();

        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IMediator>());
    }

    private static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var logger = new Serilog.LoggerConfiguration().CreateLogger();
        return CompositionRoot.Build(configuration, logger, _ => Task.FromResult(ConnectionString));
    }
}
