namespace SpaceX.Domain.Ingestion;

public static class RecordKinds
{
    /// <summary>The kind's name in messages and in the database's <c>entity</c> columns: launch, payload, launchpad, rocket, landpad.</summary>
    public static string Name(this RecordKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The API's collection of the kind: launches, payloads, launchpads, rockets, landpads.</summary>
    public static string Collection(this RecordKind kind) => kind == RecordKind.Launch ? "launches" : $"{kind.Name()}s";

    public static RecordKind Parse(string name) => Enum.GetValues<RecordKind>().Single(kind => kind.Name() == name);
}
