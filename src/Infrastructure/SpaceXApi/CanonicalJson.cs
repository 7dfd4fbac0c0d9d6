using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>
/// A JSON document in the form PostgreSQL prints a <c>jsonb</c> value (<c>value::text</c>), so that a hash taken here
/// over a document as served equals one PostgreSQL takes over the same document put together from what it stores:
/// an object's keys shortest first, then by their UTF-8 bytes (the last of duplicate keys kept), <c>", "</c> and
/// <c>": "</c> between items, numbers as <c>numeric</c> prints them (<c>1e2</c> is <c>100</c>, <c>1.50</c> stays),
/// strings escaped as PostgreSQL escapes them. Whitespace and escapes in the served bytes do not change it.
/// </summary>
public static class CanonicalJson
{
    /// <summary>The SHA-256 of <see cref="Text"/>, as PostgreSQL's <c>encode(sha256(convert_to(value::text, 'UTF8')), 'hex')</c>.</summary>
    public static string Sha256Hex(JsonElement element) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text(element))));

    public static string Text(JsonElement element)
    {
        var text = new StringBuilder();
        Write(element, text);
        return text.ToString();
    }

    private static void Write(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var first = true;
                text.Append('{');
                foreach (var (name, value) in Properties(element))
                {
                    text.Append(first ? "" : ", ");
                    String(name, text);
                    text.Append(": ");
                    Write(value, text);
                    first = false;
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    text.Append(index++ == 0 ? "" : ", ");
                    Write(item, text);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                String(element.GetString()!, text);
                break;
            case JsonValueKind.Number:
                text.Append(Number(element.GetRawText()));
                break;
            default: // true, false, null
                text.Append(element.GetRawText());
                break;
        }
    }

    /// <summary>An object's properties in jsonb's order; of duplicate keys, the last.</summary>
    private static IEnumerable<(string Name, JsonElement Value)> Properties(JsonElement element)
    {
        var properties = new List<(string Name, JsonElement Value, int Place)>();
        foreach (var property in element.EnumerateObject())
        {
            properties.Add((property.Name, property.Value, properties.Count));
        }

        properties.Sort((x, y) => CompareKeys(x.Name, y.Name) is var order and not 0 ? order : x.Place.CompareTo(y.Place));
        for (var i = 0; i < properties.Count; i++)
        {
            if (i + 1 == properties.Count || properties[i + 1].Name != properties[i].Name)
            {
                yield return (properties[i].Name, properties[i].Value);
            }
        }
    }

    /// <summary>Shortest first, then by UTF-8 bytes (for ASCII, ordinal order is that order).</summary>
    private static int CompareKeys(string x, string y)
    {
        var length = Encoding.UTF8.GetByteCount(x).CompareTo(Encoding.UTF8.GetByteCount(y));
        if (length != 0)
        {
            return length;
        }

        return Ascii.IsValid(x) && Ascii.IsValid(y)
            ? string.CompareOrdinal(x, y)
            : Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y));
    }

    /// <summary>As <c>numeric</c> prints it; a number beyond <see cref="decimal"/> keeps its text (its hash then differs: one fetch more, never a wrong answer).</summary>
    private static string Number(string raw) =>
        decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : raw;

    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\']);

    /// <summary>As PostgreSQL's <c>escape_json</c>: quote, backslash, the five short control escapes, other control characters as <c>\u00xx</c>.</summary>
    private static void String(string value, StringBuilder text)
    {
        text.Append('"');
        if (!value.AsSpan().ContainsAny(Escaped))
        {
            text.Append(value);
        }
        else
        {
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\b': text.Append("\\b"); break;
                    case '\f': text.Append("\\f"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                    default: text.Append(c); break;
                }
            }
        }

        text.Append('"');
    }
}
