namespace SpaceX.Application.Notifications;

/// <summary>Tells the configured webhooks. Never throws and never waits past its own bound: a webhook that fails is logged and counted.</summary>
public interface INotifier
{
    Task SendAsync(IReadOnlyList<RunEvent> events, CancellationToken cancellationToken);
}
