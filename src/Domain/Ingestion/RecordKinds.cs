namespace SpaceX.Domain.Ingestion;

public static class RecordKinds
{
    /// <summary>The kind's name in messages and in the database's <c>entity</c> columns: launch, payload, launchpad, rocket.</summary>
    public static string Name(this RecordKind kind) => kind.ToString().ToLowerInvariant();

    public static RecordKind Parse(string name) => Enum.GetValues<RecordKind>().Single(kind => kind.Name() == name);
}
