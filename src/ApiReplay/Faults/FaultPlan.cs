namespace SpaceX.ApiReplay.Faults;

/// <summary>The faults still to inject, and which one (if any) hits the next request.</summary>
public sealed class FaultPlan
{
    private readonly List<Entry> _entries = [];
    private readonly Lock _lock = new();

    public void Add(FaultRule rule)
    {
        lock (_lock)
        {
            _entries.Add(new Entry(rule));
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }

    /// <summary>The fault for a request to <paramref name="path"/>, counting it against every rule it matches.</summary>
    public FaultKind? Next(string path)
    {
        lock (_lock)
        {
            FaultKind? fault = null;
            foreach (var entry in _entries.Where(e => e.Rule.Applies(path)))
            {
                entry.Seen++;
                if (fault is null && entry.Seen > entry.Rule.After && (entry.Rule.Count is null || entry.Fired < entry.Rule.Count))
                {
                    entry.Fired++;
                    fault = entry.Rule.Kind;
                }
            }

            return fault;
        }
    }

    private sealed class Entry(FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;
        public int Seen { get; set; }
        public int Fired { get; set; }
    }
}
