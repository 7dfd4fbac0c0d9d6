using System.Text.Json;
using SpaceX.Infrastructure.SpaceXApi;

namespace SpaceX.IntegrationTests.Ingestion;

/// <summary>A document whose keys repeat is ambiguous: the reader names each repeated key once, however it is written.</summary>
public sealed class DocumentReaderTests
{
    [Theory]
    [InlineData("""{"id": "a", "name": "x", "name": "y"}""", "name")]
    [InlineData("""{"id": "a", "na\u006de": "x", "name": "y"}""", "name")] // the same key, escaped once
    [InlineData("""{"name": "x", "id": "a", "name": "y", "id": "b", "name": "z"}""", "name id")]
    public void RepeatedKeys_AreEachNamedOnce(string json, string repeated)
    {
        var errors = Read(json).TypeErrors;

        Assert.Equal(repeated.Split(' ').Select(k => $"{k}: the key appears more than once, so its value is ambiguous"), errors);
    }

    [Fact]
    public void ARepeatedKeyInACore_IsNamedWithItsPlace()
    {
        using var json = JsonDocument.Parse("""{"id": "a", "cores": [{"core": "c1"}, {"core": "c2", "flight": 1, "core": "c3"}]}""");

        Assert.Equal(["cores[1].core: the key appears more than once, so its value is ambiguous"], DocumentReader.Launch(json.RootElement).TypeErrors);
    }

    [Fact]
    public void DistinctKeys_AreNoError_EscapedOrMany()
    {
        var many = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"\"k{i}\": {i}"));

        Assert.Empty(Read("""{"id": "a", "na\u006de": "x", "name2": "y", "": 1, "\u00e9": 2, "é2": 3}""").TypeErrors);
        Assert.Empty(Read($"{{{many}}}").TypeErrors);
        Assert.Equal(["k7: the key appears more than once, so its value is ambiguous"], Read($"{{{many}, \"k7\": 0}}").TypeErrors);
    }

    private static Application.Ingestion.Documents.PayloadDocument Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return DocumentReader.Payload(document.RootElement);
    }
}
