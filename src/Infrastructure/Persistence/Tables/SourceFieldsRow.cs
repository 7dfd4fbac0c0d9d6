namespace SpaceX.Infrastructure.Persistence.Tables;

/// <summary>
/// Row of <c>source_fields</c>: the fingerprint of one kind of API document, its top-level fields seen in any
/// document and those seen in every one.
/// </summary>
public sealed class SourceFieldsRow
{
    public required string Entity { get; set; }
    public required string[] Fields { get; set; }
    public required string[] RequiredFields { get; set; }

    /// <summary>The JSON types seen at each path, as <c>path:type</c>; null for a fingerprint taken before types were kept.</summary>
    public string[]? FieldTypes { get; set; }
    public Guid RunId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
