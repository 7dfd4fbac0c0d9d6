namespace SpaceX.Application.Ingestion.Quality;

/// <summary>What a run does when the API's documents change shape against the stored fingerprint.</summary>
public enum SchemaChangePolicy
{
    /// <summary>Report it, accept the new shape as the fingerprint, and go on.</summary>
    Warn,

    /// <summary>Refuse the run: it fails and writes nothing.</summary>
    Fail,
}
