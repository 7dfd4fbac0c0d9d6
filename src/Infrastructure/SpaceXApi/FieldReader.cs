using System.Runtime.InteropServices;
using System.Text.Json;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>Reads the fields of one document, keeping a type error for each field whose JSON type is not its own.</summary>
internal sealed class FieldReader
{
    private const int ShownLength = 40;
    private const int MaxHashedKeys = 128; // the keys of a larger object are compared as strings
    private readonly JsonElement _document;
    private readonly string _prefix;
    private readonly List<string> _errors;

    public FieldReader(JsonElement document)
        : this(document, "", [])
    {
    }

    /// <param name="prefix">Put before each field's name in an error (<c>cores[1].</c>).</param>
    /// <param name="errors">Where the errors go: a nested object's are its document's.</param>
    private FieldReader(JsonElement document, string prefix, List<string> errors)
    {
        (_document, _prefix, _errors) = (document, prefix, errors);
        if (document.ValueKind != JsonValueKind.Object)
        {
            _errors.Add(prefix.Length == 0
                ? $"the document is {Describe(document)}, not a JSON object"
                : $"{prefix.TrimEnd('.')}: expected an object, got {Describe(document)}");
            return;
        }

        // JSON leaves a repeated key's meaning open (System.Text.Json reads the last one, others the first): the document is ambiguous.
        foreach (var repeated in RepeatedKeys(document))
        {
            _errors.Add($"{prefix}{repeated}: the key appears more than once, so its value is ambiguous");
        }
    }

    public IReadOnlyList<string> Errors => _errors;

    public string? String(string name) =>
        Value(name) is not { } value ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : Refuse<string>(name, "a string", value);

    public int? Int(string name) =>
        Value(name) is not { } value ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number
        : Refuse<int?>(name, "an integer", value);

    public decimal? Decimal(string name) =>
        Value(name) is not { } value ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number
        : Refuse<decimal?>(name, value.ValueKind == JsonValueKind.Number ? "a number of at most 28 digits" : "a number", value);

    public bool? Bool(string name) =>
        Value(name) is not { } value ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : Refuse<bool?>(name, "true or false", value);

    public List<string>? Strings(string name) =>
        Value(name) is not { } value ? null
        : value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? value.EnumerateArray().Select(i => i.GetString()!).ToList()
            : Refuse<List<string>>(name, "an array of strings", value);

    /// <summary>An array of objects, each read by a reader of its own whose errors are this document's.</summary>
    public List<FieldReader>? Objects(string name) =>
        Value(name) is not { } value ? null
        : value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select((item, i) => new FieldReader(item, $"{_prefix}{name}[{i}].", _errors)).ToList()
            : Refuse<List<FieldReader>>(name, "an array", value);

    /// <summary>The field's value; null where it is absent or JSON null.</summary>
    private JsonElement? Value(string name) =>
        _document.ValueKind == JsonValueKind.Object && _document.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>The keys the object holds more than once, compared as unescaped text.</summary>
    private static IEnumerable<string> RepeatedKeys(JsonElement document)
    {
        if (!MayRepeatKeys(document))
        {
            return [];
        }

        var names = new HashSet<string>();
        return document.EnumerateObject().Select(p => p.Name).Where(name => !names.Add(name)).Distinct().ToList();
    }

    /// <summary>
    /// False when no two of the object's raw key names share a hash and none holds an escape, so that no two are the same
    /// text: the answer for nearly every document, found without a string per key (this runs on every document read).
    /// </summary>
    private static bool MayRepeatKeys(JsonElement document)
    {
        var count = document.GetPropertyCount();
        if (count > MaxHashedKeys)
        {
            return true;
        }

        Span<int> hashes = stackalloc int[count];
        var at = 0;
        foreach (var property in document.EnumerateObject())
        {
            var name = JsonMarshal.GetRawUtf8PropertyName(property);
            if (name.Contains((byte)'\\'))
            {
                return true;
            }

            var hash = new HashCode();
            hash.AddBytes(name);
            hashes[at++] = hash.ToHashCode();
        }

        hashes.Sort();
        for (var i = 1; i < count; i++)
        {
            if (hashes[i] == hashes[i - 1])
            {
                return true;
            }
        }

        return false;
    }

    private T? Refuse<T>(string name, string expected, JsonElement value)
    {
        _errors.Add($"{_prefix}{name}: expected {expected}, got {Describe(value)}");
        return default;
    }

    private static string Describe(JsonElement value)
    {
        var text = value.GetRawText();
        var shown = text.Length <= ShownLength ? text : text[..ShownLength] + "…";
        return value.ValueKind switch
        {
            JsonValueKind.String => $"the string {shown}",
            JsonValueKind.Number => $"the number {shown}",
            JsonValueKind.Object => $"an object {shown}",
            JsonValueKind.Array => $"an array {shown}",
            _ => shown,
        };
    }
}
