using System.Net;
using SpaceX.ApiReplay;
using SpaceX.ApiReplay.Faults;
using SpaceX.IntegrationTests.Support;

namespace SpaceX.IntegrationTests.Replay;

/// <summary>These tests change the replay (time, faults): each gets a replay of its own.</summary>
public sealed class ReplayTimeTravelAndFaultTests : IAsyncLifetime
{
    private readonly ReplayFixture _replay = new();

    private ReplayServer Server => _replay.Server;

    private HttpClient Http => _replay.Http;

    public Task InitializeAsync() => _replay.InitializeAsync();

    public Task DisposeAsync() => _replay.DisposeAsync();

    [Fact]
    public async Task AsOf_LaterLaunchesAreUpcomingWithoutOutcome_AndLaterStaticFiresHidden()
    {
        Server.AsOf = new DateTimeOffset(2020, 5, 30, 0, 0, 0, TimeSpan.Zero);

        var demo2 = System.Text.Json.Nodes.JsonNode.Parse(await Http.GetStringAsync("/v4/launches/5eb87d46ffd86e000604b388"))!;
        var latest = System.Text.Json.Nodes.JsonNode.Parse(await Http.GetStringAsync("/v4/launches/latest"))!;

        Assert.True((bool)demo2["upcoming"]!); // flew 2020-05-30 19:22
        Assert.Null(demo2["success"]);
        Assert.Equal("2020-05-22T17:39:00.000Z", (string?)demo2["static_fire_date_utc"]); // already known
        Assert.True(string.CompareOrdinal((string?)latest["date_utc"], "2020-05-30T00:00:00.000Z") < 0);
    }

    [Fact]
    public async Task AsOf_BeforeTheStaticFire_HidesIt()
    {
        Server.AsOf = new DateTimeOffset(2020, 5, 20, 0, 0, 0, TimeSpan.Zero);

        var demo2 = System.Text.Json.Nodes.JsonNode.Parse(await Http.GetStringAsync("/v4/launches/5eb87d46ffd86e000604b388"))!;

        Assert.Null(demo2["static_fire_date_utc"]);
    }

    [Fact]
    public async Task TooManyRequests_CarriesRetryAfter_ThenServesNormally()
    {
        Server.Faults.Add(FaultRule.Parse("429x2"));

        using var first = await Http.GetAsync("/v4/rockets");
        using var second = await Http.GetAsync("/v4/rockets");
        using var third = await Http.GetAsync("/v4/rockets");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), first.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(3, Server.RequestCount);
    }

    [Fact]
    public async Task Forbidden_IsAnHtmlPage()
    {
        Server.Faults.Add(FaultRule.Parse("403@1"));

        using var first = await Http.GetAsync("/v4/rockets");
        using var second = await Http.GetAsync("/v4/rockets");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Equal("text/html", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Truncated_BreaksTheBodyHalfway()
    {
        Server.Faults.Add(FaultRule.Parse("truncate"));

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => Http.GetStringAsync("/v4/launches"));
    }

    [Theory]
    [InlineData("teapot")]
    [InlineData("429x0")]
    [InlineData("500@x")]
    [InlineData("500:v4/launches")]
    public void FaultSpec_Malformed_IsRefused(string spec)
    {
        Assert.Throws<ReplayException>(() => FaultRule.Parse(spec));
    }

    [Fact]
    public async Task FaultWithAPath_HitsThatPathOnly()
    {
        Server.Faults.Add(FaultRule.Parse("500x*@1:/v4/rockets"));

        using var rockets1 = await Http.GetAsync("/v4/rockets");
        using var launchpads = await Http.GetAsync("/v4/launchpads");
        using var rockets2 = await Http.GetAsync("/v4/rockets");

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InternalServerError],
            [rockets1.StatusCode, launchpads.StatusCode, rockets2.StatusCode]);
    }

    [Fact]
    public async Task PortInUse_IsAClearError()
    {
        var error = await Assert.ThrowsAsync<ReplayException>(() => ReplayServer.StartAsync(
            new ReplayOptions { DataDirectory = Pipeline.SnapshotDirectory, Port = Server.BaseAddress.Port }));

        Assert.Contains($"127.0.0.1:{Server.BaseAddress.Port}", error.Message);
    }

    [Fact]
    public async Task MissingSnapshotDirectory_IsAClearError()
    {
        var error = await Assert.ThrowsAsync<ReplayException>(() => ReplayServer.StartAsync(new ReplayOptions { DataDirectory = "/nonexistent/snapshot" }));

        Assert.Contains("/nonexistent/snapshot", error.Message);
    }
}
