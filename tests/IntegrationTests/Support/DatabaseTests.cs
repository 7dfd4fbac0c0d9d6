namespace SpaceX.IntegrationTests.Support;

/// <summary>For test classes whose every test gets a database of its own: migrated, or empty.</summary>
public abstract class DatabaseTests(bool migrated) : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await TestDatabase.CreateAsync(migrated);

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
