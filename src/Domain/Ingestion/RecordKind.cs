namespace SpaceX.Domain.Ingestion;

/// <summary>The kinds of record the API serves and a run reads. <see cref="RecordKinds.Name"/> spells them for people and the database.</summary>
public enum RecordKind
{
    Launch,
    Payload,
    Launchpad,
    Rocket,
    Landpad,
}
