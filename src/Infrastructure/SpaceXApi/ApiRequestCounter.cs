namespace SpaceX.Infrastructure.SpaceXApi;

/// <summary>HTTP requests sent to the API by this process, each retry counted.</summary>
public sealed class ApiRequestCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
