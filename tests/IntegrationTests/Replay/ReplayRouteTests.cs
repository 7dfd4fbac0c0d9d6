using System.Net;
using System.Text.Json.Nodes;

namespace SpaceX.IntegrationTests.Replay;

public sealed class ReplayRouteTests(ReplayFixture replay) : IClassFixture<ReplayFixture>
{
    [Theory]
    [InlineData("/v4/launches", 205)]
    [InlineData("/v4/launches/past", 187)]
    [InlineData("/v4/launches/upcoming", 18)]
    [InlineData("/v5/launches", 205)]
    [InlineData("/v4/payloads", 225)]
    [InlineData("/v4/launchpads", 6)]
    [InlineData("/v4/rockets", 4)]
    public async Task GetAll_ServesTheCollection(string path, int count)
    {
        Assert.Equal(count, (await replay.GetAsync(path)).AsArray().Count);
    }

    [Fact]
    public async Task Latest_IsCrew5_AndNextIsTheFirstUpcomingByFlightNumber()
    {
        Assert.Equal("Crew-5", (string?)(await replay.GetAsync("/v4/launches/latest"))["name"]);
        Assert.True((bool)(await replay.GetAsync("/v4/launches/next"))["upcoming"]!);
    }

    [Fact]
    public async Task ById_ServesOneDocument_AndUnknownIdsAre404()
    {
        Assert.Equal("FalconSat", (string?)(await replay.GetAsync("/v4/launches/5eb87cd9ffd86e000604b32a"))["name"]);
        using var missing = await replay.Http.GetAsync("/v4/launches/000000000000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task V5_GivesCrewAsObjects_V4AsIds()
    {
        const string demo2 = "5eb87d46ffd86e000604b388";

        var v4 = (await replay.GetAsync($"/v4/launches/{demo2}"))["crew"]!.AsArray();
        var v5 = (await replay.GetAsync($"/v5/launches/{demo2}"))["crew"]!.AsArray();

        Assert.Equal(2, v4.Count);
        Assert.IsAssignableFrom<JsonValue>(v4[0]);
        Assert.Equal((string?)v4[0], (string?)v5[0]!["crew"]);
    }

    [Fact]
    public async Task Json_IsWrittenAsTheApiWritesIt()
    {
        var text = await replay.Http.GetStringAsync("/v4/launches/5ed9819a1f30554030d45c29");

        Assert.Contains("\"name\":\"Starlink-9 (v1.0) & BlackSky Global 5-6\"", text);
    }
}
