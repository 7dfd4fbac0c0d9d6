using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace SpaceX.Host.Serve;

/// <summary>
/// Answers read from the data (row counts, reports), each read once for any number of requests and kept until a run
/// has ended (data changes through runs, this service's or another process's) or for <see cref="MaxAge"/> (an
/// <c>aggregate</c> adds a snapshot without a run). At most <see cref="MaxEntries"/> answers are kept; a failed read is not.
/// </summary>
public sealed class DataCache(TimeProvider clock, IHostApplicationLifetime lifetime)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private const int MaxEntries = 200;

    private readonly ConcurrentDictionary<string, object> _answers = new();
    private object? _version;

    /// <param name="version">What the data is as of (the newest run): a new one forgets every answer.</param>
    /// <param name="key">The answer's name, parameters included.</param>
    public async Task<T> GetAsync<T>(object? version, string key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (!Equals(Interlocked.Exchange(ref _version, version), version) || _answers.Count > MaxEntries)
        {
            _answers.Clear();
        }

        var answer = (Cached<T>)_answers.GetOrAdd(key, _ => new Cached<T>(read, MaxAge, clock, lifetime.ApplicationStopping));
        try
        {
            return await answer.GetAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _answers.TryRemove(key, out _); // the next request reads again
            throw;
        }
    }
}
