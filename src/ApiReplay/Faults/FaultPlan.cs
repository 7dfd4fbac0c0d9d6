namespace SpaceX.ApiReplay.Faults;

/// <summary>The faults still to inject; which one (if any) hits request number N.</summary>
public sealed class FaultPlan
{
    private readonly List<(FaultRule Rule, int Fired)> _rules = [];
    private readonly Lock _lock = new();

    public void Add(FaultRule rule)
    {
        lock (_lock)
        {
            _rules.Add((rule, 0));
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _rules.Clear();
        }
    }

    /// <summary>The fault for the request numbered <paramref name="request"/> (1-based), counting it as fired.</summary>
    public FaultKind? Next(int request)
    {
        lock (_lock)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, fired) = _rules[i];
                if (request > rule.After && (rule.Count is null || fired < rule.Count))
                {
                    _rules[i] = (rule, fired + 1);
                    return rule.Kind;
                }
            }

            return null;
        }
    }
}
