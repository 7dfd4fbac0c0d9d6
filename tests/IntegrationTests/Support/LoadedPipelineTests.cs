namespace SpaceX.IntegrationTests.Support;

/// <summary>For test classes whose every test starts from the real snapshot loaded into a pipeline of its own.</summary>
public abstract class LoadedPipelineTests : IAsyncLifetime
{
    protected Pipeline Loaded { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Loaded = await Pipeline.StartAsync();
        await Loaded.IngestAsync();
    }

    public async Task DisposeAsync() => await Loaded.DisposeAsync();
}
