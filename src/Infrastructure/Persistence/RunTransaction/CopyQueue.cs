namespace SpaceX.Infrastructure.Persistence.RunTransaction;

/// <summary>
/// Copies into one connection, one at a time, without the caller waiting for them: the run reads and validates its
/// next page while PostgreSQL takes this one. A failed copy surfaces at the next call, or when the queue is drained.
/// </summary>
internal sealed class CopyQueue
{
    private Task _copying = Task.CompletedTask;

    /// <summary>Starts <paramref name="copy"/> once the previous copy has finished, and returns.</summary>
    public async Task EnqueueAsync(Func<Task> copy)
    {
        await _copying;
        _copying = Task.Run(copy);
    }

    /// <summary>Waits for the last copy: what follows reads what was copied.</summary>
    public Task DrainAsync() => _copying;

    /// <summary>Waits for a copy still running, whatever its outcome: the connection is not closed under it.</summary>
    public async Task AbandonAsync()
    {
        try
        {
            await _copying;
        }
        catch (Exception)
        {
            // The run has failed already (this is how its copy failed, or why it is being abandoned): it rolls back.
        }
    }
}
