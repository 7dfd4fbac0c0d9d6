using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay;

/// <summary>
/// The API's collections as read from a snapshot directory (launches.json, payloads.json, launchpads.json,
/// rockets.json and, when there is one, landpads.json: verbatim responses). A directory without landpads.json serves
/// no landing pads.
/// </summary>
public sealed class Snapshot : ISnapshot
{
    public static readonly IReadOnlyList<string> Collections = ["launches", "payloads", "launchpads", "rockets", "landpads"];

    /// <summary>Collections a snapshot directory may leave out (added after the first snapshots were taken).</summary>
    private static readonly IReadOnlyList<string> Optional = ["landpads"];

    private readonly Dictionary<string, List<JsonObject>> _collections;

    private Snapshot(Dictionary<string, List<JsonObject>> collections) => _collections = collections;

    public static Snapshot Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ReplayException($"The snapshot directory {directory} does not exist.");
        }

        var collections = new Dictionary<string, List<JsonObject>>();
        foreach (var name in Collections)
        {
            var path = Path.Combine(directory, $"{name}.json");
            collections[name] = Optional.Contains(name) && !File.Exists(path) ? [] : Read(path);
        }

        return new Snapshot(collections);
    }

    /// <summary>Read once, never changed: always the first version.</summary>
    public int Version => 0;

    public List<JsonObject> Documents(string collection) => [.. _collections[collection]];

    private static List<JsonObject> Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            if (JsonNode.Parse(stream) is not JsonArray array)
            {
                throw new ReplayException($"{path} is not a JSON array.");
            }

            var documents = array.Select(item => item as JsonObject ?? throw new ReplayException($"{path} holds a value that is not an object.")).ToList();
            array.Clear(); // each document stands alone: requests serve it or copy it, never re-parent it
            return documents;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            throw new ReplayException($"Cannot read {path}: {e.Message}");
        }
    }
}
