using SpaceX.Application.Ingestion.Documents;
using SpaceX.Application.Ingestion.Validation;
using SpaceX.Application.Monitoring;
using SpaceX.Domain.Ingestion;
using SpaceX.Domain.Launches;
using SpaceX.Domain.Reference;

namespace SpaceX.Application.Ingestion.RunIncrementalIngestion;

/// <summary>
/// Validates records as they arrive, stages those that pass into the run's transaction and keeps only what the end of
/// the run needs (the refused records, counts, stale upcoming launches and, when asked, the payload ids launches
/// list), so that a run's memory does not grow with the number of launches.
/// </summary>
internal sealed class RecordStager
{
    private readonly IRunTransaction _transaction;
    private readonly DateTimeOffset _now;
    private readonly HashSet<string> _launchpads;
    private readonly HashSet<string> _rockets;
    private readonly HashSet<string> _landpads;
    private readonly HashSet<string> _landpadsNamed = []; // by the cores of the launches staged
    private readonly HashSet<string> _quarantinedReferences = []; // launchpads and rockets this run refused
    private readonly List<QuarantinedRecord> _awaitingReference = [];
    private readonly Dictionary<string, int> _awaitedReferences = []; // "launchpad ID": the launches waiting for it
    private readonly HashSet<string>? _payloadIds;
    // Built on the first page that needs them (their rules take a while to build): a run that finds nothing new builds none.
    private readonly Lazy<LaunchDocumentValidator> _launchValidator = new(() => new LaunchDocumentValidator());
    private readonly Lazy<PayloadDocumentValidator> _payloadValidator = new(() => new PayloadDocumentValidator());
    private readonly List<QuarantinedRecord> _quarantined = [];
    private readonly List<StaleUpcoming> _staleUpcoming = [];
    private readonly int[] _received = new int[Enum.GetValues<RecordKind>().Length];

    /// <param name="collectPayloadIds">Keep the ids of the payloads the launches list, to fetch just those afterwards.</param>
    public RecordStager(IRunTransaction transaction, StoredState state, DateTimeOffset now, bool collectPayloadIds)
    {
        _transaction = transaction;
        _now = now;
        _launchpads = [.. state.LaunchpadIds];
        _rockets = [.. state.RocketIds];
        _landpads = [.. state.LandpadIds];
        _payloadIds = collectPayloadIds ? [] : null;
    }

    /// <summary>Records of one kind received so far, valid or not; safe to read from another thread while the run goes on.</summary>
    public int Received(RecordKind kind) => Volatile.Read(ref _received[(int)kind]);

    public IReadOnlyList<QuarantinedRecord> Quarantined => _quarantined;

    /// <summary>
    /// Launches refused only because they name a launchpad or rocket this run refused: they wait, quarantined, for it,
    /// and are judged with it, not as bad launches (one bad launchpad must not fail the launches it is named by).
    /// </summary>
    public IReadOnlyList<QuarantinedRecord> AwaitingReference => _awaitingReference;

    /// <summary>Each launchpad or rocket this run refused that launches wait for ("launchpad ID"), with how many wait.</summary>
    public IReadOnlyDictionary<string, int> AwaitedReferences => _awaitedReferences;

    /// <summary>Launches the API calls upcoming although their date has passed.</summary>
    public IReadOnlyList<StaleUpcoming> StaleUpcoming => _staleUpcoming;

    /// <summary>The payload ids the launches list (empty unless collected).</summary>
    public IReadOnlyCollection<string> PayloadIds => (IReadOnlyCollection<string>?)_payloadIds ?? [];

    public IReadOnlyCollection<string> QuarantinedLaunchIds => QuarantinedIds(RecordKind.Launch);

    public IReadOnlyCollection<string> QuarantinedPayloadIds => QuarantinedIds(RecordKind.Payload);

    /// <summary>
    /// Landing pads the staged launches' cores name that are neither stored nor staged valid: the cores keep the id (a
    /// bad pad does not refuse the launches that landed on it), and the run warns.
    /// </summary>
    public IReadOnlyCollection<string> UnknownLandpads => _landpadsNamed.Except(_landpads).Order(StringComparer.Ordinal).ToList();

    public async Task LaunchpadsAsync(IReadOnlyList<LaunchpadDocument> documents, CancellationToken cancellationToken)
    {
        var triage = Validate(RecordKind.Launchpad, documents.Count, () => Triage<Launchpad>.Split(
            documents, new LaunchpadDocumentValidator(), RecordKind.Launchpad,
            d => Launchpad.Create(d.Id!, d.Name!, d.FullName, d.Locality, d.Region, d.Status)));
        _launchpads.UnionWith(triage.Valid.Select(p => p.Record.Id));
        _quarantinedReferences.UnionWith(triage.Quarantined.Select(q => q.RecordId).OfType<string>());
        await _transaction.StageLaunchpadsAsync(triage.Valid, cancellationToken);
    }

    public async Task RocketsAsync(IReadOnlyList<RocketDocument> documents, CancellationToken cancellationToken)
    {
        var triage = Validate(RecordKind.Rocket, documents.Count, () => Triage<Rocket>.Split(
            documents, new RocketDocumentValidator(), RecordKind.Rocket,
            d => Rocket.Create(d.Id!, d.Name!, d.Type, d.Active!.Value)));
        _rockets.UnionWith(triage.Valid.Select(r => r.Record.Id));
        _quarantinedReferences.UnionWith(triage.Quarantined.Select(q => q.RecordId).OfType<string>());
        await _transaction.StageRocketsAsync(triage.Valid, cancellationToken);
    }

    public async Task LandpadsAsync(IReadOnlyList<LandpadDocument> documents, CancellationToken cancellationToken)
    {
        var triage = Validate(RecordKind.Landpad, documents.Count, () => Triage<Landpad>.Split(
            documents, new LandpadDocumentValidator(), RecordKind.Landpad,
            d => Landpad.Create(d.Id!, d.Name!, d.FullName, d.Type, d.Status, d.Locality, d.Region, d.LandingAttempts, d.LandingSuccesses)));
        _landpads.UnionWith(triage.Valid.Select(p => p.Record.Id));
        await _transaction.StageLandpadsAsync(triage.Valid, cancellationToken);
    }

    public async Task PayloadsAsync(IReadOnlyList<PayloadDocument> page, CancellationToken cancellationToken)
    {
        var triage = Validate(RecordKind.Payload, page.Count, () => Triage<Payload>.Split(
            page, _payloadValidator.Value, RecordKind.Payload,
            d => Payload.Create(d.Id!, d.Name!, d.Type, d.MassKg, d.Orbit, d.LaunchId)));
        await _transaction.StagePayloadsAsync(triage.Valid, cancellationToken);
    }

    public async Task LaunchesAsync(IReadOnlyList<LaunchDocument> page, CancellationToken cancellationToken)
    {
        var triage = Validate(RecordKind.Launch, page.Count, () => Triage<Launch>.Split(
            page, _launchValidator.Value, RecordKind.Launch,
            d => Launch.Create(
                d.Id!, d.FlightNumber!.Value, d.Name!, ApiDates.ParseOptional(d.DateUtc)!.Value, d.DatePrecision!, d.Upcoming!.Value,
                d.Success, ApiDates.ParseOptional(d.StaticFireDateUtc), d.LaunchpadId!, d.RocketId!, d.PayloadIds!,
                [.. d.Cores!.Select((c, i) => Core.Create(
                    i, c.CoreId, c.Flight, c.Reused, c.Gridfins, c.Legs, c.LandingAttempt, c.LandingSuccess, c.LandingType, c.LandpadId))])));
        var placed = triage.Valid.Where(Placed).ToList();
        _staleUpcoming.AddRange(
            placed.Select(l => l.Record).Where(l => l.Upcoming && l.DateUtc < _now).Select(l => new StaleUpcoming(l.Name, l.DateUtc)));
        _payloadIds?.UnionWith(page.SelectMany(l => l.PayloadIds ?? []).Where(Domain.SpaceXId.IsValid));
        _landpadsNamed.UnionWith(placed.SelectMany(l => l.Record.Cores).Select(c => c.LandpadId).OfType<string>());
        await _transaction.StageLaunchesAsync(placed, cancellationToken);
    }

    /// <summary>Whether the launch's launchpad and rocket are stored or staged; if not, it is quarantined, to wait for them.</summary>
    private bool Placed(Staged<Launch> launch)
    {
        var missing = new[] { (What: "launchpad", Id: launch.Record.LaunchpadId, Known: _launchpads), (What: "rocket", Id: launch.Record.RocketId, Known: _rockets) }
            .Where(reference => !reference.Known.Contains(reference.Id))
            .Select(reference => (reference.What, reference.Id, Refused: _quarantinedReferences.Contains(reference.Id)))
            .ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        var reasons = missing.Select(r => r.Refused ? $"{r.What} '{r.Id}' is not stored: this run quarantined it" : $"{r.What} '{r.Id}' is unknown");
        var refused = new QuarantinedRecord(RecordKind.Launch, launch.Record.Id, [.. reasons], launch.Raw.Text);
        _quarantined.Add(refused);
        if (missing.All(r => r.Refused))
        {
            _awaitingReference.Add(refused);
            foreach (var name in missing.Select(r => $"{r.What} {r.Id}"))
            {
                _awaitedReferences[name] = _awaitedReferences.GetValueOrDefault(name) + 1;
            }
        }

        return false;
    }

    private IReadOnlyCollection<string> QuarantinedIds(RecordKind kind) =>
        _quarantined.Where(q => q.Kind == kind).Select(q => q.RecordId).OfType<string>().ToList();

    /// <summary>Splits what arrived into the valid and the quarantined, and keeps count of both.</summary>
    private Triage<T> Validate<T>(RecordKind kind, int received, Func<Triage<T>> split)
    {
        using var span = PipelineTracing.Step($"validate {kind.Collection()}");
        var triage = split();
        span?.SetTag("pipeline.records", received).SetTag("pipeline.quarantined", triage.Quarantined.Count);
        Interlocked.Add(ref _received[(int)kind], received);
        _quarantined.AddRange(triage.Quarantined);
        return triage;
    }
}
