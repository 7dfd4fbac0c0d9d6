using System.Text.Json.Nodes;

namespace SpaceX.ApiReplay;

/// <summary>The API's collections, as the replay serves them.</summary>
public interface ISnapshot
{
    /// <summary>Changes whenever the documents do: what was computed from an earlier version is stale.</summary>
    int Version { get; }

    /// <summary>The collection's documents as they are now: callers copy a document before changing it.</summary>
    List<JsonObject> Documents(string collection);
}
