using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpaceX.ApiReplay.Query;

namespace SpaceX.ApiReplay.Synthetic;

/// <summary>
/// A deterministic synthetic API of any size with the real data's shapes, generated on demand: only the real
/// documents it copies and the number of payloads before each launch are held, never the documents themselves.
/// Launch i is a real flown launch (cycled) with id i (24 hexadecimal digits), name "Synthetic i", flight number
/// i + 1, dated 7 minutes after launch i - 1 from 2006-03-24, a static fire 40 hours before every third one and
/// i mod 4 payloads (real ones, cycled, null masses kept); the last 1 % are upcoming, without an outcome, and a
/// third of those without payloads. Ids grow with position, so the natural order is the order by id.
/// </summary>
public sealed class SyntheticData
{
    private static readonly DateTimeOffset Start = new(2006, 3, 24, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] LaunchFields =
        ["id", "name", "flight_number", "date_utc", "date_unix", "upcoming", "success", "payloads", "static_fire_date_utc", "static_fire_date_unix"];
    private static readonly string[] PayloadFields = ["id", "launch"];

    private readonly SyntheticTemplate[] _launches;
    private readonly SyntheticTemplate[] _payloads;
    private readonly int _upcomingFrom;
    private readonly int[] _payloadsBefore;
    private readonly string[] _references;
    private readonly Dictionary<string, IReadOnlyDictionary<string, JsonObject>> _referenceDocuments; // the real ones: launches keep their ids

    public SyntheticData(ISnapshot snapshot, int launchCount)
    {
        if (launchCount < 1)
        {
            throw new ReplayException("A synthetic API needs at least one launch.");
        }

        _launches = [.. snapshot.Documents("launches").Where(l => l["upcoming"]?.GetValue<bool>() == false).Select(l => new SyntheticTemplate(l, LaunchFields))];
        _payloads = [.. snapshot.Documents("payloads").Select(p => new SyntheticTemplate(p, PayloadFields))];
        if (_launches.Length == 0 || _payloads.Length == 0)
        {
            throw new ReplayException("A synthetic API copies real flown launches and payloads: the snapshot has none.");
        }

        _references = ["launchpads", "rockets", "landpads"];
        _referenceDocuments = _references.ToDictionary(
            c => c, c => (IReadOnlyDictionary<string, JsonObject>)snapshot.Documents(c).ToDictionary(d => (string)d["id"]!));
        LaunchCount = launchCount;
        _upcomingFrom = launchCount - Math.Max(1, launchCount / 100);
        _payloadsBefore = new int[launchCount + 1];
        for (var i = 0; i < launchCount; i++)
        {
            _payloadsBefore[i + 1] = _payloadsBefore[i] + PayloadCount(i);
        }
    }

    public int LaunchCount { get; }

    public int PayloadTotal => _payloadsBefore[LaunchCount];

    public int Count(string collection) => collection == "launches" ? LaunchCount : PayloadTotal;

    /// <summary>The document at this position of the collection, as the API writes it.</summary>
    public void Write(string collection, int position, Utf8JsonWriter writer)
    {
        var (fields, template) = Generate(collection, position);
        template.Write(writer, fields);
    }

    /// <summary>
    /// The document for a filter to read: just the generated fields when those are all the filter names (cheap), else
    /// the whole document.
    /// </summary>
    public JsonObject Read(string collection, int position, bool whole)
    {
        if (!whole)
        {
            return Generate(collection, position).Fields;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(collection, position, writer);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    /// <summary>
    /// The launch at this position with its payloads' documents in place of their ids (<c>populate: "payloads"</c>), and
    /// its launchpad, rocket and landing pads where those are populated too (the real ones, which it names).
    /// </summary>
    public JsonObject ReadPopulated(int launch, IReadOnlyList<Population> populations)
    {
        var document = Read("launches", launch, whole: true);
        document["payloads"] = new JsonArray(
            [.. Enumerable.Range(_payloadsBefore[launch], PayloadCount(launch)).Select(position => (JsonNode)Read("payloads", position, whole: true))]);
        foreach (var population in populations.Where(p => p.Path != "payloads"))
        {
            population.Apply(document, collection => _referenceDocuments[collection]);
        }

        return document;
    }

    /// <summary>Whether a launch's field at this path points into a collection it serves populated.</summary>
    public static bool Populates(string path) => path is "payloads" or "launchpad" or "rocket" or "cores.landpad";

    /// <summary>Whether a filter over these top-level fields can be answered from the generated fields alone.</summary>
    public static bool Generates(string collection, IEnumerable<string> fields) =>
        fields.All(f => (collection == "launches" ? LaunchFields : PayloadFields).Contains(f == "_id" ? "id" : f));

    private int PayloadCount(int launch) => launch >= _upcomingFrom && launch % 3 == 0 ? 0 : launch % 4;

    private static string LaunchId(int launch) => launch.ToString("x24", System.Globalization.CultureInfo.InvariantCulture);

    private static string PayloadId(int launch, int slot) =>
        ((1L << 40) + (launch * 4L) + slot).ToString("x24", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The launch and slot of the payload at this position: the last launch with no more payloads before it.</summary>
    private (int Launch, int Slot) PayloadAt(int position)
    {
        int low = 0, high = LaunchCount - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_payloadsBefore[middle] <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (low, position - _payloadsBefore[low]);
    }

    /// <summary>The generated fields of the document at this position, and the real document it copies the others from.</summary>
    private (JsonObject Fields, SyntheticTemplate SyntheticTemplate) Generate(string collection, int position)
    {
        if (collection != "launches")
        {
            // Payloads cycle through the real ones by their place among all the slots (four per launch).
            var (launch, slot) = PayloadAt(position);
            return (new JsonObject { ["id"] = PayloadId(launch, slot), ["launch"] = LaunchId(launch) },
                _payloads[((launch * 4) + slot) % _payloads.Length]);
        }

        var date = Start.AddMinutes(7.0 * position);
        var upcoming = position >= _upcomingFrom;
        var template = _launches[position % _launches.Length];
        var success = upcoming ? null : template.Document["success"]?.DeepClone();
        var fire = position % 3 == 0 ? date.AddHours(-40) : (DateTimeOffset?)null;
        return (new JsonObject
        {
            ["id"] = LaunchId(position),
            ["name"] = $"Synthetic {position}",
            ["flight_number"] = position + 1,
            ["date_utc"] = TimeTravel.Format(date),
            ["date_unix"] = date.ToUnixTimeSeconds(),
            ["upcoming"] = upcoming,
            ["success"] = success,
            ["payloads"] = new JsonArray([.. Enumerable.Range(0, PayloadCount(position)).Select(slot => (JsonNode)PayloadId(position, slot))]),
            ["static_fire_date_utc"] = fire is { } f ? TimeTravel.Format(f) : null,
            ["static_fire_date_unix"] = fire?.ToUnixTimeSeconds(),
        }, template);
    }
}
