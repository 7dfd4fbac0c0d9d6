using System.Text.Json.Nodes;
using SpaceX.ApiReplay;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Replay;

/// <summary>One replay of the real snapshot, shared by the tests of a class, with helpers to call it over HTTP.</summary>
public sealed class ReplayFixture : IAsyncLifetime
{
    public ReplayServer Server { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await ReplayServer.StartAsync(new ReplayOptions { DataDirectory = Pipeline.SnapshotDirectory });
        Http = new HttpClient { BaseAddress = Server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    public async Task<JsonObject> QueryAsync(string collection, string body)
    {
        using var response = await Http.PostAsync($"/v4/{collection}/query", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public async Task<JsonNode> GetAsync(string path) => JsonNode.Parse(await Http.GetStringAsync(path))!;

    public static List<string?> Names(JsonObject page) => page["docs"]!.AsArray().Select(d => (string?)d!["name"]).ToList();
}
