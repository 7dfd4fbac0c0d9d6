namespace SpaceX.Infrastructure.Persistence;

/// <summary>A migration that makes report views: for each, the checksum of the report file it was written against.</summary>
public interface IMakesReportViews
{
    IReadOnlyDictionary<string, string> ViewSources { get; }
}
