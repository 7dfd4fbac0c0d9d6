namespace SpaceX.Application.Database;

public sealed record TableRowCount(string Table, long Rows);
