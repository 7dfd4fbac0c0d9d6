using System.Runtime.InteropServices;
using System.Text.Json;
using SpaceX.Application.Ingestion.Quality;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// Counts, per kind of record, the documents read, the top-level fields in them and the JSON types at every path
/// (for schema drift). Each document's raw JSON is read once more, forward only, along a tree of the paths seen so
/// far: a path already known costs a lookup, not a string, so that counting stays cheap at a million documents.
/// </summary>
internal sealed class FieldCounter
{
    private readonly Dictionary<RecordKind, PathNode> _roots = [];
    private readonly Lock _lock = new();

    public IReadOnlyDictionary<RecordKind, FieldCensus> Census
    {
        get
        {
            lock (_lock)
            {
                return _roots.ToDictionary(r => r.Key, r => r.Value.Census());
            }
        }
    }

    /// <summary>Counts the document and returns it, to read on.</summary>
    public JsonElement Count(RecordKind kind, JsonElement document)
    {
        lock (_lock)
        {
            if (!_roots.TryGetValue(kind, out var root))
            {
                _roots[kind] = root = new PathNode("");
            }

            root.AddDocument(JsonMarshal.GetRawUtf8Value(document));
        }

        return document;
    }

    /// <summary>
    /// One path (<c>links.patch.small</c>, <c>cores[]</c>): in how many documents it held each JSON type and, for a
    /// field, in how many it appeared at all (null included). A document counts once, however often the path recurs in it.
    /// </summary>
    private sealed class PathNode
    {
        private static readonly string[] TypeNames = ["object", "array", "string", "number", "boolean"];
        private const int MaxStackName = 128;

        private readonly string _path;
        private readonly Dictionary<string, PathNode> _fields = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PathNode>.AlternateLookup<ReadOnlySpan<char>> _fieldsByName;
        private PathNode? _items;
        private readonly int[] _lastDocumentOfType = new int[TypeNames.Length];
        private readonly int[] _documentsOfType = new int[TypeNames.Length];
        private int _lastDocument;
        private int _documents;

        public PathNode(string path)
        {
            _path = path;
            _fieldsByName = _fields.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>Counts the value the reader is on (and what it holds); leaves the reader on its last token.</summary>
        private void Visit(ref Utf8JsonReader reader, int document)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var field = Field(ref reader);
                        field.Appeared(document);
                        reader.Read();
                        field.Held(reader.TokenType, document);
                        field.Visit(ref reader, document);
                    }

                    break;
                case JsonTokenType.StartArray:
                    _items ??= new PathNode($"{_path}[]");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        _items.Held(reader.TokenType, document);
                        _items.Visit(ref reader, document);
                    }

                    break;
            }
        }

        /// <summary>On the root (the path ""): counts one more document, and what it holds.</summary>
        public void AddDocument(ReadOnlySpan<byte> json)
        {
            Appeared(_documents + 1);
            var reader = new Utf8JsonReader(json);
            reader.Read();
            Visit(ref reader, _documents);
        }

        /// <summary>On the root: the documents it counted, their top-level fields and the types at every path.</summary>
        public FieldCensus Census() => new(
            _documents,
            _fields.ToDictionary(f => f.Key, f => f.Value._documents),
            All().SelectMany(node => node.TypeCounts()).ToDictionary(t => t.Key, t => t.Value));

        private PathNode Field(ref Utf8JsonReader reader)
        {
            Span<char> buffer = stackalloc char[MaxStackName];
            if (reader.ValueSpan.Length <= MaxStackName) // a name's UTF-8 is never shorter than its UTF-16
            {
                var name = buffer[..reader.CopyString(buffer)];
                if (_fieldsByName.TryGetValue(name, out var known))
                {
                    return known;
                }
            }

            var added = reader.GetString()!;
            return _fields.TryGetValue(added, out var field)
                ? field
                : _fields[added] = new PathNode(_path.Length == 0 ? added : $"{_path}.{added}");
        }

        private void Appeared(int document)
        {
            if (_lastDocument != document)
            {
                _lastDocument = document;
                _documents++;
            }
        }

        private void Held(JsonTokenType token, int document)
        {
            var type = token switch
            {
                JsonTokenType.StartObject => 0,
                JsonTokenType.StartArray => 1,
                JsonTokenType.String => 2,
                JsonTokenType.Number => 3,
                JsonTokenType.True or JsonTokenType.False => 4,
                _ => -1, // null: a path that is null holds no type
            };
            if (type >= 0 && _lastDocumentOfType[type] != document)
            {
                _lastDocumentOfType[type] = document;
                _documentsOfType[type]++;
            }
        }

        private IEnumerable<PathNode> All() =>
            _fields.Values.SelectMany(f => f.All()).Concat(_items?.All() ?? []).Prepend(this);

        private IEnumerable<KeyValuePair<string, int>> TypeCounts() =>
            _documentsOfType.Select((count, type) => KeyValuePair.Create($"{_path}:{TypeNames[type]}", count)).Where(t => t.Value > 0);
    }
}
