using System.Text;

namespace SpaceX.IntegrationTests.Support;

/// <summary>One span as an OTLP exporter sent it.</summary>
public sealed record OtlpSpan(string Scope, string TraceId, string SpanId, string ParentSpanId, string Name, IReadOnlyDictionary<string, string> Attributes);

/// <summary>
/// Reads the OTLP/HTTP protobuf bodies an exporter posts (<c>/v1/traces</c>, <c>/v1/metrics</c>), from the protocol's
/// field numbers and protobuf's wire format: enough to see what was sent, without generated classes.
/// </summary>
public static class Otlp
{
    /// <summary>ExportTraceServiceRequest: resource_spans (1) → scope_spans (2) → scope (1) and spans (2).</summary>
    public static IEnumerable<OtlpSpan> Spans(byte[] request) =>
        from resourceSpans in Messages(request, 1)
        from scopeSpans in Messages(resourceSpans, 2)
        let scope = Messages(scopeSpans, 1).Select(s => Text(s, 1)).FirstOrDefault() ?? ""
        from span in Messages(scopeSpans, 2)
        select new OtlpSpan(
            scope, Hex(span, 1), Hex(span, 2), Hex(span, 4), Text(span, 5) ?? "",
            Messages(span, 9).ToDictionary(a => Text(a, 1) ?? "", a => Messages(a, 2).Select(Value).FirstOrDefault() ?? ""));

    /// <summary>ExportMetricsServiceRequest: resource_metrics (1) → scope_metrics (2) → metrics (2) → name (1).</summary>
    public static IEnumerable<string> MetricNames(byte[] request) =>
        from resourceMetrics in Messages(request, 1)
        from scopeMetrics in Messages(resourceMetrics, 2)
        from metric in Messages(scopeMetrics, 2)
        select Text(metric, 1) ?? "";

    /// <summary>AnyValue: string (1), bool (2) or int (3); other kinds are not needed here.</summary>
    private static string Value(byte[] any) => Fields(any).First() switch
    {
        (1, _, var bytes) => Encoding.UTF8.GetString(bytes!),
        (2, var flag, _) => flag != 0 ? "true" : "false",
        (3, var number, _) => ((long)number).ToString(System.Globalization.CultureInfo.InvariantCulture),
        var other => $"(field {other.Number})",
    };

    private static IEnumerable<byte[]> Messages(byte[] message, int number) =>
        Fields(message).Where(f => f.Number == number && f.Bytes is not null).Select(f => f.Bytes!);

    private static string? Text(byte[] message, int number) => Messages(message, number).Select(b => Encoding.UTF8.GetString(b)).FirstOrDefault();

    private static string Hex(byte[] message, int number) => Messages(message, number).Select(Convert.ToHexStringLower).FirstOrDefault() ?? "";

    /// <summary>Each field: its number, and its value as a number (varint, fixed) or as bytes (length-delimited).</summary>
    private static IEnumerable<(int Number, ulong Value, byte[]? Bytes)> Fields(byte[] message)
    {
        var at = 0;
        while (at < message.Length)
        {
            var key = Varint(message, ref at);
            var (number, wireType) = ((int)(key >> 3), (int)(key & 7));
            switch (wireType)
            {
                case 0:
                    yield return (number, Varint(message, ref at), null);
                    break;
                case 1:
                    yield return (number, BitConverter.ToUInt64(message, at), null);
                    at += 8;
                    break;
                case 2:
                    var length = (int)Varint(message, ref at);
                    yield return (number, 0, message[at..(at + length)]);
                    at += length;
                    break;
                case 5:
                    yield return (number, BitConverter.ToUInt32(message, at), null);
                    at += 4;
                    break;
                default:
                    throw new InvalidDataException($"protobuf wire type {wireType} at byte {at}");
            }
        }
    }

    private static ulong Varint(byte[] message, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = message[at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
