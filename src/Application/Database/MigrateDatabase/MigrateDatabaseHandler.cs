using Mediator;

namespace SpaceX.Application.Database.MigrateDatabase;

public sealed class MigrateDatabaseHandler(IDatabaseSchema schema) : ICommandHandler<MigrateDatabaseCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(MigrateDatabaseCommand command, CancellationToken cancellationToken) =>
        await schema.MigrateAsync(cancellationToken);
}
