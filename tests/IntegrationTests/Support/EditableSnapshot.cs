using System.Text.Json.Nodes;
using SpaceX.ApiReplay;

namespace SpaceX.IntegrationTests.Support;

/// <summary>The real snapshot, served by a test's replay and changed between runs as the live API changed its data.</summary>
public sealed class EditableSnapshot : ISnapshot
{
    private readonly Dictionary<string, List<JsonObject>> _collections;
    private readonly Lock _lock = new();
    private int _version;

    private EditableSnapshot(Dictionary<string, List<JsonObject>> collections) => _collections = collections;

    public int Version => Volatile.Read(ref _version);

    public static EditableSnapshot Load(string directory)
    {
        var snapshot = Snapshot.Load(directory);
        return new EditableSnapshot(Snapshot.Collections.ToDictionary(c => c, c => snapshot.Documents(c)));
    }

    public List<JsonObject> Documents(string collection)
    {
        lock (_lock)
        {
            return [.. _collections[collection]];
        }
    }

    /// <summary>Changes one document in place, as the live API did when it corrected a record.</summary>
    public void Edit(string collection, string id, Action<JsonObject> edit) => Change(documents =>
        edit(documents.SingleOrDefault(d => (string?)d["id"] == id) ?? throw new InvalidOperationException($"No {collection} document {id}.")),
        collection);

    /// <summary>Stops serving a document, as when the API drops a record.</summary>
    public void Remove(string collection, string id) => Change(
        documents => Assert.Equal(1, documents.RemoveAll(d => (string?)d["id"] == id)), collection);

    public void Add(string collection, JsonObject document) => Change(documents => documents.Add(document), collection);

    private void Change(Action<List<JsonObject>> change, string collection)
    {
        lock (_lock)
        {
            change(_collections[collection]);
            _version++;
        }
    }
}
