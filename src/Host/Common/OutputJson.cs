using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Application.Database;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Application.Runs;
using SpaceX.Domain;
using SpaceX.Domain.Aggregations;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Host.Common;

/// <summary>
/// How every verb writes JSON: snake_case names and enum values, indented. Every type written is described by
/// <see cref="OutputJsonContext"/>, generated at build time (no reflection, as the native binary needs): a type missing
/// there fails in the JIT build's tests exactly as it would in the native binary.
/// </summary>
public static class OutputJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters =
        {
            Enum<IngestionMode>(), Enum<RunStatus>(), Enum<RecordKind>(), Enum<SnapshotType>(), Enum<ReadinessState>(),
            Enum<Health>(), Enum<ReportFilter>(), Enum<ChartKind>(), Enum<Tone>(), new UtcMoments(), new ReportTables(),
        },
        WriteIndented = true,
        TypeInfoResolver = OutputJsonContext.Default,
    };

    /// <summary>The same on one line, for a file of JSON lines.</summary>
    public static readonly JsonSerializerOptions OneLine = new(Options) { WriteIndented = false };

    public static string Serialize<T>(T value, JsonSerializerOptions options) => JsonSerializer.Serialize(value, TypeInfo<T>(options));

    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static JsonStringEnumConverter<T> Enum<T>() where T : struct, Enum => new(JsonNamingPolicy.SnakeCaseLower);
}

/// <summary>Moments in UTC with a Z, as every output writes them (System.Text.Json would write the offset, +00:00).</summary>
internal sealed class UtcMoments : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Notation.Exactly(value));
}

/// <summary>A report's rows as an array of objects keyed by its column names, as <c>report NAME --format json</c> prints them.</summary>
internal sealed class ReportTables : JsonConverter<ReportTable>
{
    public override ReportTable Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A report is written, never read.");

    public override void Write(Utf8JsonWriter writer, ReportTable value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var row in value.Rows)
        {
            writer.WriteStartObject();
            foreach (var (column, cell) in value.Columns.Zip(row))
            {
                writer.WritePropertyName(column);
                JsonSerializer.Serialize(writer, cell, options.GetTypeInfo(cell?.GetType() ?? typeof(object)));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}

/// <summary>Every type the verbs, <c>serve</c> and the dashboard write as JSON, and the values a report's cells hold.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IngestionReport))]
[JsonSerializable(typeof(StatusReport))]
[JsonSerializable(typeof(RunDetails))]
[JsonSerializable(typeof(Application.Analytics.GetDashboard.Dashboard))]
[JsonSerializable(typeof(ReportTable))]
[JsonSerializable(typeof(IReadOnlyList<RunRecord>))]
[JsonSerializable(typeof(IReadOnlyList<QuarantineEntry>))]
[JsonSerializable(typeof(IReadOnlyList<AggregationSnapshot>))]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(DateTime))]
internal sealed partial class OutputJsonContext : JsonSerializerContext;
