namespace SpaceX.Infrastructure.Persistence.Tables;

/// <summary>Row of <c>source_fields</c>: the top-level fields the API's documents of one kind had when last seen.</summary>
public sealed class SourceFieldsRow
{
    public required string Entity { get; set; }
    public required string[] Fields { get; set; }
    public Guid RunId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
