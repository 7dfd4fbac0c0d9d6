using System.Globalization;
using System.Text.Json.Nodes;
using SpaceX.ApiReplay;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Replay;

/// <summary>The synthetic API: generated on demand, deterministic, in id order, with the shapes the class documents.</summary>
public sealed class SyntheticReplayTests : IAsyncLifetime
{
    private const int Launches = 1000;
    private ReplayServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await ReplayServer.StartAsync(new ReplayOptions { DataDirectory = Pipeline.SnapshotDirectory, SyntheticLaunches = Launches });
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Launches_AllOfThemOnce_InIdOrder_WithTheDocumentedShape()
    {
        var launches = await AllAsync("launches", "{}");

        Assert.Equal(Enumerable.Range(0, Launches).Select(Id), launches.Select(l => (string)l["id"]!));
        Assert.Equal("Synthetic 7", (string)launches[7]["name"]!);
        Assert.Equal(8, (int)launches[7]["flight_number"]!);
        Assert.Equal("2006-03-24T00:49:00.000Z", (string)launches[7]["date_utc"]!);
        Assert.Equal(Enumerable.Range(Launches - 10, 10), launches.Where(l => (bool)l["upcoming"]!).Select(l => Convert.ToInt32((string)l["id"]!, 16)));
        Assert.All(launches.Where(l => (bool)l["upcoming"]!), l => Assert.Null(l["success"]));
        Assert.Equal(Launches / 3 + 1, launches.Count(l => l["static_fire_date_utc"] is not null));
        Assert.Equal(ExpectedPayloads(), launches.Sum(l => l["payloads"]!.AsArray().Count));
        Assert.Contains(launches, l => l["links"] is JsonObject && l["rocket"] is JsonValue); // the real documents' other fields
    }

    [Fact]
    public async Task Payloads_AreThoseTheLaunchesList_EachPointingBackAtItsLaunch()
    {
        var launches = await AllAsync("launches", "{}");
        var payloads = await AllAsync("payloads", "{}");

        var listed = launches.SelectMany(l => l["payloads"]!.AsArray().Select(p => ((string)p!, (string)l["id"]!))).ToList();
        Assert.Equal(listed, payloads.Select(p => ((string)p["id"]!, (string)p["launch"]!)));
        Assert.Contains(payloads, p => p["mass_kg"] is null); // the real null masses are kept
    }

    [Fact]
    public async Task Filters_MatchWhatTheWholeDocumentsSay()
    {
        var launches = await AllAsync("launches", "{}");
        var from = "2006-03-26T00:00:00.000Z";

        var byDate = await AllAsync("launches", $$$"""{"date_utc": {"$gte": "{{{from}}}"}}""");
        var byRocket = await AllAsync("launches", """{"rocket": "5e9d0d95eda69973a809d1ec", "upcoming": false}""");
        var byId = await AllAsync("payloads", """{"_id": {"$in": ["000000000000010000000019", "00000000000001000000000d", "ffffffffffffffffffffffff"]}}""");

        Assert.Equal(launches.Where(l => string.CompareOrdinal((string)l["date_utc"]!, from) >= 0).Select(l => (string)l["id"]!), byDate.Select(l => (string)l["id"]!));
        Assert.Equal(
            launches.Where(l => (string)l["rocket"]! == "5e9d0d95eda69973a809d1ec" && !(bool)l["upcoming"]!).Select(l => (string)l["id"]!),
            byRocket.Select(l => (string)l["id"]!));
        Assert.NotEmpty(byRocket);
        Assert.Equal(["00000000000001000000000d", "000000000000010000000019"], byId.Select(p => (string)p["id"]!));
    }

    [Fact]
    public async Task SameQuery_SameBytes()
    {
        const string body = """{"options": {"page": 2, "limit": 100, "sort": {"_id": 1}}}""";

        Assert.Equal(await RawAsync("launches", body), await RawAsync("launches", body));
    }

    [Fact]
    public async Task Launches_WithPayloadsPopulated_CarryThePayloadDocumentsServedApart()
    {
        var populated = await AllAsync("launches", "{}", """, "populate": ["payloads"]""");
        var payloads = (await AllAsync("payloads", "{}")).ToDictionary(p => (string)p["id"]!, p => p.ToJsonString());
        var plain = await AllAsync("launches", "{}");

        Assert.Equal(plain.Select(l => (string)l["id"]!), populated.Select(l => (string)l["id"]!));
        Assert.All(populated.Zip(plain), pair =>
            Assert.Equal(
                pair.Second["payloads"]!.AsArray().Select(id => payloads[(string)id!]),
                pair.First["payloads"]!.AsArray().Select(p => p!.ToJsonString())));
    }

    [Theory]
    [InlineData("launches", """{"options": {"select": {"name": 1}}}""")]
    [InlineData("launches", """{"options": {"sort": {"name": 1}}}""")]
    [InlineData("payloads", """{"options": {"populate": ["launch"]}}""")]
    public async Task WhatASyntheticCollectionDoesNotServe_IsABadRequest(string collection, string body)
    {
        using var response = await _http.PostAsync($"/v4/{collection}/query", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await _http.GetAsync("/v4/launches")).StatusCode);
        Assert.Equal(6, JsonNode.Parse(await _http.GetStringAsync("/v4/launchpads"))!.AsArray().Count); // reference data stays the snapshot's
    }

    [Fact]
    public async Task AsOf_IsRefused_ASyntheticApiHasNoHistory()
    {
        var error = await Assert.ThrowsAsync<ReplayException>(() => ReplayServer.StartAsync(new ReplayOptions
        {
            DataDirectory = Pipeline.SnapshotDirectory, SyntheticLaunches = 10, AsOf = DateTimeOffset.UtcNow,
        }));

        Assert.Contains("no history", error.Message);
    }

    /// <summary>i mod 4 payloads, none for every third of the last 1 % (upcoming).</summary>
    private static int ExpectedPayloads() =>
        Enumerable.Range(0, Launches).Sum(i => i >= Launches - 10 && i % 3 == 0 ? 0 : i % 4);

    private static string Id(int i) => i.ToString("x24", CultureInfo.InvariantCulture);

    /// <param name="moreOptions">Further query options, each after a comma.</param>
    private async Task<List<JsonObject>> AllAsync(string collection, string filter, string moreOptions = "")
    {
        var documents = new List<JsonObject>();
        for (var page = 1; ; page++)
        {
            var answer = JsonNode.Parse(await RawAsync(collection, $"{{\"query\": {filter}, \"options\": {{\"page\": {page}, \"limit\": 300, \"sort\": {{\"_id\": 1}}{moreOptions}}}}}"))!;
            documents.AddRange(answer["docs"]!.AsArray().Select(d => d!.AsObject()));
            if (!(bool)answer["hasNextPage"]!)
            {
                return documents;
            }
        }
    }

    private async Task<string> RawAsync(string collection, string body)
    {
        using var response = await _http.PostAsync($"/v4/{collection}/query", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
