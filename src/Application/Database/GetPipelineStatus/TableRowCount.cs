namespace SpaceX.Application.Database.GetPipelineStatus;

public sealed record TableRowCount(string Table, long Rows);
