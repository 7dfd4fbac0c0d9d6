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
        var scratch = Scratch.OfThisThread();
        generatedFields.WriteTo(scratch.Fields);
        scratch.Fields.Flush();
        var generated = scratch.Written.WrittenSpan[..^1]; // without the closing brace
        var document = scratch.Document(generated.Length + (_rest.Length > 0 ? 1 + _rest.Length : 0) + 1);
        generated.CopyTo(document);
        var at = generated.Length;
        if (_rest.Length > 0)
        {
            document[at++] = (byte)',';
            _rest.CopyTo(document[at..]);
            at += _rest.Length;
        }

        document[at] = (byte)'}';
        writer.WriteRawValue(document[..(at + 1)], skipInputValidation: true);
    }

    /// <summary>
    /// The buffers a document is put together in, one set per thread and reused: a page writes thousands of documents
    /// one after the other, and fresh buffers for each were most of what the replay allocated.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _ofThisThread;

        private byte[] _document = new byte[4096];

        private Scratch() => Fields = new Utf8JsonWriter(Written, QueryEngine.Output);

        public ArrayBufferWriter<byte> Written { get; } = new(4096);

        /// <summary>Writes into <see cref="Written"/>.</summary>
        public Utf8JsonWriter Fields { get; }

        /// <summary>This thread's buffers, emptied.</summary>
        public static Scratch OfThisThread()
        {
            var scratch = _ofThisThread ??= new Scratch();
            scratch.Written.ResetWrittenCount();
            scratch.Fields.Reset();
            return scratch;
        }

        /// <summary>Room for a document of <paramref name="length"/> bytes.</summary>
        public Span<byte> Document(int length)
        {
            if (_document.Length < length)
            {
                _document = new byte[Math.Max(length, _document.Length * 2)];
            }

            return _document.AsSpan(0, length);
        }
    }
}
