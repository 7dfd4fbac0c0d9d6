using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpaceX.ApiReplay.Query;

namespace SpaceX.ApiReplay.Synthetic;

/// <summary>A real document with the generated fields taken out, its other fields written once as raw JSON.</summary>
internal sealed class SyntheticTemplate
{
    private readonly byte[] _rest;

    public SyntheticTemplate(JsonObject document, string[] generated)
    {
        Document = document;
        var rest = (JsonObject)document.DeepClone();
        foreach (var field in generated)
        {
            rest.Remove(field);
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, QueryEngine.Output))
        {
            rest.WriteTo(writer);
        }

        _rest = buffer.WrittenSpan[1..^1].ToArray(); // the properties, without the braces
    }

    public JsonObject Document { get; }

    /// <summary>The generated fields first, then the template's others.</summary>
    public void Write(Utf8JsonWriter writer, JsonObject generatedFields)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var fields = new Utf8JsonWriter(buffer, QueryEngine.Output))
        {
            generatedFields.WriteTo(fields);
        }

        var generated = buffer.WrittenSpan[..^1]; // without the closing brace
        var document = new byte[generated.Length + (_rest.Length > 0 ? 1 + _rest.Length : 0) + 1];
        generated.CopyTo(document);
        var at = generated.Length;
        if (_rest.Length > 0)
        {
            document[at++] = (byte)',';
            _rest.CopyTo(document, at);
            at += _rest.Length;
        }

        document[at] = (byte)'}';
        writer.WriteRawValue(document, skipInputValidation: true);
    }
}
