using SpaceX.Domain.Ingestion;

namespace SpaceX.Application.Ingestion;

/// <summary>Where a run shows how far it has got while it goes: a live display on a terminal, or nothing.</summary>
public interface IRunProgress
{
    /// <summary>Whether updates are shown live; when not, a long run logs a progress line every few seconds instead.</summary>
    bool IsLive { get; }

    void Show(RunProgress progress);

    /// <summary>The run ended: the display goes away.</summary>
    void End();
}

/// <param name="Step">What the run is doing: fetching, checking, writing.</param>
public sealed record RunProgress(string Step, IReadOnlyList<KindProgress> Kinds);

/// <param name="Received">Documents received, validated and staged so far.</param>
/// <param name="Announced">Documents the API said its answers hold (0 before the first answer).</param>
public sealed record KindProgress(RecordKind Kind, int Received, int Announced);

/// <summary>No live display (the default: logs, files, services).</summary>
public sealed class NoLiveProgress : IRunProgress
{
    public bool IsLive => false;

    public void Show(RunProgress progress)
    {
    }

    public void End()
    {
    }
}
