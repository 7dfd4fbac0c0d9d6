namespace SpaceX.Infrastructure.Persistence.Tables;

public sealed class QuarantinedRecordRow
{
    public long Id { get; set; }
    public Guid RunId { get; set; }
    public required string Entity { get; set; }
    public string? RecordId { get; set; }
    public required string[] Reasons { get; set; }
    public required string Raw { get; set; }
    public DateTimeOffset QuarantinedAt { get; set; }
}
