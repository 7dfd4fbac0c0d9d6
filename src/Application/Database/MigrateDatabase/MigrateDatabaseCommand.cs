using Mediator;

namespace SpaceX.Application.Database.MigrateDatabase;

/// <summary>Applies pending migrations; the result lists those it applied (empty when the schema was current).</summary>
public sealed record MigrateDatabaseCommand : ICommand<IReadOnlyList<string>>;
