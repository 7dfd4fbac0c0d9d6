using Microsoft.EntityFrameworkCore;
using SpaceX.Application.Database;
using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.Database;

/// <summary>Applies the committed EF Core migrations.</summary>
public sealed class DatabaseSchema(SpaceXDbContext context) : IDatabaseSchema
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        return pending;
    }

    public async Task<SchemaState> GetStateAsync(CancellationToken cancellationToken)
    {
        var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return new SchemaState(applied, pending);
    }
}
