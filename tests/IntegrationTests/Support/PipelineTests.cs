namespace SpaceX.IntegrationTests.Support;

/// <summary>For test classes whose every test gets a pipeline of its own: empty, or with the real snapshot loaded.</summary>
public abstract class PipelineTests(bool loadRealSnapshot) : IAsyncLifetime
{
    protected Pipeline Pipeline { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Pipeline = await Pipeline.StartAsync();
        if (loadRealSnapshot)
        {
            await Pipeline.IngestAsync();
        }
    }

    public async Task DisposeAsync() => await Pipeline.DisposeAsync();
}
