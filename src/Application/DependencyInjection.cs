using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SpaceX.Application.Behaviors;
using SpaceX.Application.Ingestion;
using SpaceX.Application.Monitoring;

namespace SpaceX.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Read by the Mediator source generator as source text: constants only in this lambda.
        services.AddMediator((MediatorOptions options) =>
        {
            options.Namespace = "SpaceX.Application.Mediator";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(MigrateFirstBehavior<,>)]; // nothing touches the database before the message is valid
        });
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<IRunProgress, NoLiveProgress>(); // the Host puts a terminal's live display in its place
        // Only the validators of mediator messages; record validators are built per run with what the run knows.
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly,
            ServiceLifetime.Scoped,
            filter: result => typeof(IMessage).IsAssignableFrom(result.InterfaceType.GenericTypeArguments[0]));
        return services;
    }
}
