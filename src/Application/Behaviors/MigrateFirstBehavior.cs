using Mediator;
using SpaceX.Application.Database;

namespace SpaceX.Application.Behaviors;

/// <summary>Applies pending migrations before any message that needs the schema, so a new database just works.</summary>
public sealed class MigrateFirstBehavior<TMessage, TResponse>(IDatabaseSchema schema) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IRequiresSchema)
        {
            await schema.MigrateAsync(cancellationToken);
        }

        return await next(message, cancellationToken);
    }
}
