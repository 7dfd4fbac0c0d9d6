using System.Text.Json;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>Reads the fields of one document, keeping a type error for each field whose JSON type is not its own.</summary>
internal sealed class FieldReader
{
    private const int ShownLength = 40;
    private readonly JsonElement _document;
    private readonly List<string> _errors = [];

    public FieldReader(JsonElement document)
    {
        _document = document;
        if (document.ValueKind != JsonValueKind.Object)
        {
            _errors.Add($"the document is {Describe(document)}, not a JSON object");
            return;
        }

        // JSON leaves a repeated key's meaning open (System.Text.Json reads the last one, others the first): the document is ambiguous.
        var names = new HashSet<string>();
        foreach (var repeated in document.EnumerateObject().Select(p => p.Name).Where(name => !names.Add(name)).Distinct())
        {
            _errors.Add($"{repeated}: the key appears more than once, so its value is ambiguous");
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

    /// <summary>The field's value; null where it is absent or JSON null.</summary>
    private JsonElement? Value(string name) =>
        _document.ValueKind == JsonValueKind.Object && _document.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    private T? Refuse<T>(string name, string expected, JsonElement value)
    {
        _errors.Add($"{name}: expected {expected}, got {Describe(value)}");
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
