using System.Text.Json.Nodes;
using SpaceX.Infrastructure.Persistence;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// The launch a glance sees: the references the API is asked to put in place of their ids, each without what moves
/// with every launch. The same shape is what the database puts together from the documents it stores, so that a
/// launch stored by a run that did not glance (a first load) is compared by the next glance without being fetched.
/// </summary>
internal static class GlanceShape
{
    /// <param name="Path">The reference field; <c>cores.landpad</c> is the field of each object of the array <c>cores</c>.</param>
    /// <param name="Without">The fields left out of the referenced documents.</param>
    private sealed record Reference(string Path, string Table, string[] Without);

    private static readonly Reference[] References =
    [
        new("payloads", TableNames.Payloads, []),
        new("launchpad", TableNames.Launchpads, ["launches", "launch_attempts", "launch_successes"]),
        new("rocket", TableNames.Rockets, ["success_rate_pct"]),
        new("cores.landpad", TableNames.Landpads, ["launches", "landing_attempts", "landing_successes"]),
    ];

    /// <summary>The <c>populate</c> option of the glance's query.</summary>
    public static JsonArray Populate => new([.. References.Select(Option)]);

    private static JsonNode Option(Reference r) => r.Without.Length == 0
        ? new JsonObject { ["path"] = r.Path }
        : new JsonObject { ["path"] = r.Path, ["select"] = new JsonObject(r.Without.Select(f => KeyValuePair.Create(f, (JsonNode?)0))) };

    /// <summary>
    /// SQL for the SHA-256 (hex) of the canonical form (<see cref="CanonicalJson"/>) of the launch <paramref name="launch"/>
    /// (a jsonb expression) with its references populated from the stored documents, as the API populates them: an id
    /// in an array is replaced by its document or dropped when there is none, a single id by its document or null.
    /// </summary>
    /// <remarks>Each reference replaces a top-level field of its own, read from the launch as stored: the pieces are joined with <c>||</c>.</remarks>
    public static string HashSql(string launch) =>
        $"encode(sha256(convert_to(({string.Join(" || ", [launch, .. References.Select(r => Populated(launch, r))])})::text, 'UTF8')), 'hex')";

    /// <summary><c>{"field": ...}</c> (or <c>{"array": [...]}</c> for a field within an array's objects) with the references resolved; <c>{}</c> when the launch has no such field.</summary>
    private static string Populated(string launch, Reference reference) =>
        reference.Path.Split('.') switch
        {
            [var field] => Field(launch, field, reference),
            [var array, var field] =>
                $"""
                CASE WHEN jsonb_typeof({launch} -> '{array}') = 'array' THEN jsonb_build_object('{array}', (
                    SELECT coalesce(jsonb_agg(CASE WHEN jsonb_typeof(item.value) = 'object' THEN item.value || {Field("item.value", field, reference)} ELSE item.value END
                        ORDER BY item.place), '[]')
                    FROM jsonb_array_elements({launch} -> '{array}') WITH ORDINALITY AS item(value, place))) ELSE '{"{}"}' END
                """,
            _ => throw new InvalidOperationException($"populate path {reference.Path}"),
        };

    /// <summary><c>{"field": ...}</c> with the field's id or ids resolved, or <c>{}</c> when the document has no such field.</summary>
    private static string Field(string document, string field, Reference reference)
    {
        var value = $"{document} -> '{field}'";
        var found = reference.Without.Length == 0 ? "x.raw" : $"(x.raw - '{{{string.Join(",", reference.Without)}}}'::text[])";
        return $"""
            CASE WHEN {document} ? '{field}' THEN jsonb_build_object('{field}', CASE jsonb_typeof({value})
                WHEN 'array' THEN (SELECT coalesce(jsonb_agg({found} ORDER BY id.place), '[]')
                    FROM jsonb_array_elements({value}) WITH ORDINALITY AS id(value, place)
                    JOIN {reference.Table} x ON jsonb_typeof(id.value) = 'string' AND x.id = (id.value #>> '{"{}"}')::char(24))
                WHEN 'string' THEN (SELECT {found} FROM {reference.Table} x WHERE x.id = ({value} #>> '{"{}"}')::char(24))
                END) ELSE '{"{}"}' END
            """;
    }
}
