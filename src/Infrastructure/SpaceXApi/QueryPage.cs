using System.Text.Json;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// One page of a <c>POST /query</c> answer, parsed once into a pooled document that its documents are read from
/// (no copy per document); dispose it when they have been read.
/// </summary>
public sealed class QueryPage : IDisposable
{
    private readonly JsonDocument _json;

    private QueryPage(JsonDocument json, JsonElement docs, int page, int limit, int totalDocs, int totalPages, bool hasNextPage)
    {
        _json = json;
        Docs = docs;
        Page = page;
        Limit = limit;
        TotalDocs = totalDocs;
        TotalPages = totalPages;
        HasNextPage = hasNextPage;
    }

    /// <summary>The page's documents: a JSON array.</summary>
    public JsonElement Docs { get; }

    /// <summary>The page number and page size the server applied, which show whether it read the query's options.</summary>
    public int Page { get; }

    public int Limit { get; }

    public int TotalDocs { get; }
    public int TotalPages { get; }
    public bool HasNextPage { get; }

    /// <summary>Reads a page; a body without the paged answer's fields is a <see cref="JsonException"/>.</summary>
    public static async Task<QueryPage> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        try
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("docs", out var docs) || docs.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException("the answer has no docs array");
            }

            return new QueryPage(
                json, docs, Number(root, "page"), Number(root, "limit"), Number(root, "totalDocs"), Number(root, "totalPages"),
                root.TryGetProperty("hasNextPage", out var next) && next.ValueKind == JsonValueKind.True);
        }
        catch
        {
            json.Dispose();
            throw;
        }
    }

    public void Dispose() => _json.Dispose();

    private static int Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.TryGetInt32(out var number)
            ? number
            : throw new JsonException($"the answer's {name} is missing or not an integer");
}
