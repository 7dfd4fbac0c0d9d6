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
                var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    properties[property.Name] = property.Value;
                }

                text.Append('{');
                var first = true;
                foreach (var (name, value) in properties.OrderBy(p => Encoding.UTF8.GetByteCount(p.Key)).ThenBy(p => p.Key, Utf8Order.Instance))
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

    /// <summary>As <c>numeric</c> prints it; a number beyond <see cref="decimal"/> keeps its text (its hash then differs: one fetch more, never a wrong answer).</summary>
    private static string Number(string raw) =>
        decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : raw;

    /// <summary>As PostgreSQL's <c>escape_json</c>: quote, backslash, the five short control escapes, other control characters as <c>\u00xx</c>.</summary>
    private static void String(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        text.Append('"');
    }

    /// <summary>Keys of one length in the order of their UTF-8 bytes, as <c>jsonb</c> keeps them.</summary>
    private sealed class Utf8Order : IComparer<string>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(string? x, string? y) =>
            Encoding.UTF8.GetBytes(x ?? "").AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y ?? ""));
    }
}
