using System.Text.Json.Serialization;
using SpaceX.Application.Ingestion;

namespace SpaceX.Infrastructure.Persistence;

/// <summary>A run's step times as <c>ingestion_runs.steps</c> holds them: <c>[{"step": "checks", "milliseconds": 12.5}]</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<StepDuration>))]
internal sealed partial class StepsJson : JsonSerializerContext;
