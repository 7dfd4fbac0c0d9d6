namespace SpaceX.Host.Serve;

/// <summary>
/// A value loaded at most once per <c>maxAge</c> however many callers ask: callers that come while it loads share that
/// load, so a burst of requests costs the database one query. A failed load is kept as long as a value would be.
/// </summary>
/// <param name="stopping">Cancels a load in flight when the service stops (a caller that goes away does not).</param>
public sealed class Cached<T>(Func<CancellationToken, Task<T>> load, TimeSpan maxAge, TimeProvider clock, CancellationToken stopping)
{
    private readonly Lock _lock = new();
    private Task<T>? _current;
    private long _loadedAt;

    public Task<T> GetAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_current is null || _current.IsCompleted && clock.GetElapsedTime(_loadedAt) > maxAge)
            {
                _loadedAt = clock.GetTimestamp();
                _current = load(stopping);
            }

            return _current.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The next caller loads anew (what the value holds has changed; a load in flight may have read it before).</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _current = null;
        }
    }
}
