using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay;

/// <summary>
/// The API's collections as read from a snapshot directory (launches.json, payloads.json, launchpads.json,
/// rockets.json: verbatim GET responses). Edits made by tests apply to what is served from then on.
/// </summary>
public sealed class Snapshot
{
    public static readonly IReadOnlyList<string> Collections = ["launches", "payloads", "launchpads", "rockets"];

    private readonly Dictionary<string, List<JsonObject>> _collections;
    private readonly Lock _lock = new();
    private int _version;

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
            collections[name] = Read(path);
        }

        return new Snapshot(collections);
    }

    /// <summary>Changes with every edit: what was computed from an earlier version is stale.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>The collection's documents as they are now: callers copy a document before changing it.</summary>
    public List<JsonObject> Documents(string collection)
    {
        lock (_lock)
        {
            return [.. _collections[collection]];
        }
    }

    /// <summary>Changes one document in place, as the live API did when it corrected a record.</summary>
    public void Edit(string collection, string id, Action<JsonObject> edit)
    {
        lock (_lock)
        {
            var document = _collections[collection].SingleOrDefault(d => (string?)d["id"] == id)
                ?? throw new ReplayException($"No {collection} document with id {id}.");
            edit(document);
            _version++;
        }
    }

    /// <summary>Stops serving a document, as when the API drops a record.</summary>
    public void Remove(string collection, string id)
    {
        lock (_lock)
        {
            if (_collections[collection].RemoveAll(d => (string?)d["id"] == id) == 0)
            {
                throw new ReplayException($"No {collection} document with id {id}.");
            }

            _version++;
        }
    }

    public void Add(string collection, JsonObject document)
    {
        lock (_lock)
        {
            _collections[collection].Add(document);
            _version++;
        }
    }

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
