using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SpaceX.Application.Analytics.Reports;
using SpaceX.Application.Database;
using SpaceX.Application.Ingestion.RunIncrementalIngestion;
using SpaceX.Domain;

namespace SpaceX.Host.Common;

/// <summary>How every verb writes JSON: snake_case names and enum values, indented.</summary>
public static class OutputJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new UtcMoments(), new ReportTables() },
        WriteIndented = true,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(OutputJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>The same on one line, for a file of JSON lines.</summary>
    public static readonly JsonSerializerOptions OneLine = new(Options) { WriteIndented = false };
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
                JsonSerializer.Serialize(writer, cell, options);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}

/// <summary>
/// Source-generated metadata for what the pipeline's runs print most (a run's report, the status): building it by
/// reflection cost a no-change run about 30 ms. Other types are described by reflection.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IngestionReport))]
[JsonSerializable(typeof(StatusReport))]
internal sealed partial class OutputJsonContext : JsonSerializerContext;
