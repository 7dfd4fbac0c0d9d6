using System.Text.Json;

namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>One page of a <c>POST /query</c> answer (the fields the pipeline reads).</summary>
public sealed record QueryPage(List<JsonElement> Docs, int TotalDocs, int Page, int TotalPages, bool HasNextPage);
