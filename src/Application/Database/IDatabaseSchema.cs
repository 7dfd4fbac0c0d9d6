namespace SpaceX.Application.Database;

/// <summary>The pipeline's schema in its database: migrations applied and pending.</summary>
public interface IDatabaseSchema
{
    /// <summary>Applies pending migrations (cheap when there are none) and returns the ids of those applied.</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken);

    Task<SchemaState> GetStateAsync(CancellationToken cancellationToken);
}
