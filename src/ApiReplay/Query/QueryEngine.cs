using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay.Query;

/// <summary>Runs one <c>POST /query</c> over a collection and writes the paged response.</summary>
public static class QueryEngine
{
    /// <summary>As the API writes JSON: "&amp;" stays "&amp;", not "\u0026".</summary>
    public static readonly JsonWriterOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The documents matching the filter, in the asked order: the same for every page of one query.</summary>
    public static List<JsonObject> Match(IEnumerable<JsonObject> documents, JsonObject? filter, SortSpec sort) =>
        sort.Apply(documents.Where(MongoFilter.Compile(filter))).ToList();

    /// <summary>One page of <paramref name="matched"/> (see <see cref="Match"/>), populated, selected and wrapped.</summary>
    public static void Run(
        IReadOnlyList<JsonObject> matched, QueryOptions options, Func<string, IReadOnlyDictionary<string, JsonObject>> collection,
        IBufferWriter<byte> output) =>
        Page(matched.Count, options, output, (index, writer) =>
        {
            var served = matched[index];
            if (options.Populate.Count == 0 && options.Select is null)
            {
                served.WriteTo(writer);
                return;
            }

            var document = (JsonObject)served.DeepClone(); // populate and select change it; the snapshot stays as it is
            foreach (var population in options.Populate)
            {
                population.Apply(document, collection);
            }

            (options.Select is null ? document : options.Select.Apply(document)).WriteTo(writer);
        });

    /// <summary>
    /// The paged response (mongoose-paginate-v2's shape) over <paramref name="total"/> matched documents, each
    /// written by <paramref name="writeDocument"/> from its position among them, into <paramref name="output"/>.
    /// </summary>
    public static void Page(int total, QueryOptions options, IBufferWriter<byte> output, Action<int, Utf8JsonWriter> writeDocument)
    {
        int limit, skip, page;
        if (!options.Pagination)
        {
            (limit, skip, page) = (total, 0, 1);
        }
        else
        {
            limit = options.Limit;
            skip = options.Offset ?? (Math.Max(options.Page, 1) - 1) * limit;
            page = options.Offset is { } offset && limit > 0 ? (offset / limit) + 1 : Math.Max(options.Page, 1);
        }

        using (var writer = new Utf8JsonWriter(output, Output))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("docs");
            var end = limit == 0 && options.Pagination ? total : (int)Math.Min(total, (long)skip + limit);
            for (var index = skip; index < end; index++)
            {
                writeDocument(index, writer);
            }

            writer.WriteEndArray();
            var totalPages = limit > 0 ? (int)Math.Ceiling(total / (double)limit) : 1;
            var hasPrev = page > 1;
            var hasNext = page < totalPages;
            writer.WriteNumber("totalDocs", total);
            writer.WriteNumber("offset", skip);
            writer.WriteNumber("limit", limit);
            writer.WriteNumber("totalPages", Math.Max(totalPages, 1));
            writer.WriteNumber("page", page);
            writer.WriteNumber("pagingCounter", ((page - 1) * limit) + 1);
            writer.WriteBoolean("hasPrevPage", hasPrev);
            writer.WriteBoolean("hasNextPage", hasNext);
            WriteNumberOrNull(writer, "prevPage", hasPrev ? page - 1 : null);
            WriteNumberOrNull(writer, "nextPage", hasNext ? page + 1 : null);
            writer.WriteEndObject();
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
