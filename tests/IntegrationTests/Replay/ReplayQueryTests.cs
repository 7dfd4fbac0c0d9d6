using System.Text.Json.Nodes;

namespace SpaceX.IntegrationTests.Replay;

/// <summary>The replay answers POST /query as the API does (mongoose-paginate over MongoDB filters).</summary>
public sealed class ReplayQueryTests(ReplayFixture replay) : IClassFixture<ReplayFixture>
{
    [Fact]
    public async Task EmptyQuery_PagesByTenWithTheApiResponseShape()
    {
        var page = await replay.QueryAsync("launches", "{}");

        Assert.Equal(
            ["docs", "totalDocs", "offset", "limit", "totalPages", "page", "pagingCounter", "hasPrevPage", "hasNextPage", "prevPage", "nextPage"],
            page.Select(p => p.Key));
        Assert.Equal(10, page["docs"]!.AsArray().Count);
        Assert.Equal(205, (int)page["totalDocs"]!);
        Assert.Equal(21, (int)page["totalPages"]!);
        Assert.True((bool)page["hasNextPage"]!);
        Assert.Equal(2, (int)page["nextPage"]!);
        Assert.Null(page["prevPage"]);
    }

    [Fact]
    public async Task LastPage_HasNoNextPage()
    {
        var page = await replay.QueryAsync("launches", """{"options": {"page": 3, "limit": 100}}""");

        Assert.Equal(5, page["docs"]!.AsArray().Count);
        Assert.False((bool)page["hasNextPage"]!);
        Assert.Equal(2, (int)page["prevPage"]!);
        Assert.Equal(201, (int)page["pagingCounter"]!);
    }

    [Fact]
    public async Task Offset_OverridesPage()
    {
        var page = await replay.QueryAsync("launches", """{"options": {"offset": 20, "limit": 10, "sort": {"flight_number": 1}}}""");

        Assert.Equal(20, (int)page["offset"]!);
        Assert.Equal(3, (int)page["page"]!);
        Assert.Equal(21, (int)page["docs"]![0]!["flight_number"]!);
    }

    [Fact]
    public async Task PaginationFalse_ReturnsEverythingInOnePage()
    {
        var page = await replay.QueryAsync("payloads", """{"options": {"pagination": false}}""");

        Assert.Equal(225, page["docs"]!.AsArray().Count);
        Assert.Equal(1, (int)page["totalPages"]!);
        Assert.False((bool)page["hasNextPage"]!);
    }

    [Fact]
    public async Task DateRange_ComparesTheStoredTextForm()
    {
        var page = await replay.QueryAsync("launches",
            """{"query": {"date_utc": {"$gte": "2010-01-01T00:00:00.000Z", "$lt": "2011-01-01T00:00:00.000Z"}}, "options": {"sort": "date_utc"}}""");

        Assert.Equal(["Falcon 9 Test Flight", "COTS 1"], ReplayFixture.Names(page));
    }

    [Fact]
    public async Task InOnId_AndOrAndNe_Combine()
    {
        var page = await replay.QueryAsync("launches", """
            {"query": {"$or": [{"_id": {"$in": ["5eb87cdeffd86e000604b330"]}}, {"flight_number": 188}], "upcoming": {"$ne": false}},
             "options": {"sort": {"name": "asc"}, "limit": 50}}
            """);

        Assert.Equal(["Galaxy 33 (15R) & 34 (12R)", "Hotbird 13F", "Starlink 4-36 (v1.5)", "USSF-44"], ReplayFixture.Names(page));
    }

    [Fact]
    public async Task Nin_Exists_AndImplicitNullEquality()
    {
        var noStaticFire = await replay.QueryAsync("launches", """{"query": {"static_fire_date_utc": null}}""");
        var withStaticFire = await replay.QueryAsync("launches", """{"query": {"static_fire_date_utc": {"$ne": null}}}""");
        var withoutField = await replay.QueryAsync("launches", """{"query": {"nonexistent": {"$exists": false}}}""");
        var notFalcon9 = await replay.QueryAsync("launches", """{"query": {"rocket": {"$nin": ["5e9d0d95eda69973a809d1ec"]}}}""");

        Assert.Equal(205, (int)noStaticFire["totalDocs"]! + (int)withStaticFire["totalDocs"]!);
        Assert.Equal(121, (int)withStaticFire["totalDocs"]!);
        Assert.Equal(205, (int)withoutField["totalDocs"]!);
        Assert.Equal(10, (int)notFalcon9["totalDocs"]!); // 5 Falcon 1 + 5 Falcon Heavy
    }

    [Fact]
    public async Task ArrayField_MatchesWhenAnElementDoes_AndDottedPathsReachIntoArrays()
    {
        var transporter3 = await replay.QueryAsync("launches", """{"query": {"payloads": "6175aaacefa4314085aa9c56"}, "options": {"sort": "name"}}""");
        var reusedCores = await replay.QueryAsync("launches", """{"query": {"cores.reused": true}}""");

        Assert.Equal(["NROL-87", "Transporter-3"], ReplayFixture.Names(transporter3));
        Assert.InRange((int)reusedCores["totalDocs"]!, 1, 204);
    }

    [Fact]
    public async Task SelectAndPopulate_ShapeTheDocuments()
    {
        var page = await replay.QueryAsync("launches", """
            {"query": {"_id": "5ed9819a1f30554030d45c29"},
             "options": {"select": "name payloads", "populate": {"path": "payloads", "select": {"mass_kg": 1}}}}
            """);

        var launch = page["docs"]![0]!.AsObject();
        Assert.Equal(["name", "payloads", "id"], launch.Select(p => p.Key).OrderBy(k => k == "id").ThenBy(k => k));
        Assert.Equal(15712m, launch["payloads"]!.AsArray().Sum(p => (decimal)p!["mass_kg"]!));
        Assert.All(launch["payloads"]!.AsArray(), p => Assert.Equal(["mass_kg", "id"], p!.AsObject().Select(x => x.Key)));
    }

    [Fact]
    public async Task SortDescending_ByString()
    {
        var page = await replay.QueryAsync("launches", """{"options": {"sort": "-date_utc", "limit": 1}}""");

        Assert.Equal(["SWOT"], ReplayFixture.Names(page));
    }

    [Fact]
    public async Task UnsupportedOperator_IsABadRequest()
    {
        using var response = await replay.Http.PostAsync("/v4/launches/query",
            new StringContent("""{"query": {"name": {"$regex": "Star"}}}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$regex", await response.Content.ReadAsStringAsync());
    }
}
