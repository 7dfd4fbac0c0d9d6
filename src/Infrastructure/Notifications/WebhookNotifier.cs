using Microsoft.Extensions.Logging;
using SpaceX.Application.Monitoring;
using SpaceX.Application.Notifications;
using SpaceX.Domain;

namespace SpaceX.Infrastructure.Notifications;

/// <summary>
/// Posts each event to every configured webhook: a few attempts within <see cref="Bound"/>, then it gives up, logs and
/// counts it. It never throws, and it runs after the commit. A webhook's URL often holds a secret: it is named by its
/// place among the webhooks in every log line, never by its URL.
/// </summary>
public sealed class WebhookNotifier(NotificationOptions options, IHttpClientFactory clients, PipelineMetrics metrics, ILogger<WebhookNotifier> logger)
    : INotifier
{
    public const string HttpClientName = "webhooks";

    /// <summary>The most a send waits for all the webhooks together, retries included.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private const int Attempts = 3;
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(3);

    public async Task SendAsync(IReadOnlyList<RunEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0 || options.Webhooks.Count == 0)
        {
            return;
        }

        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(Bound);
        await Task.WhenAll(options.Webhooks.Select((hook, i) => SendAsync(hook, i + 1, events, bound.Token)));
    }

    private async Task SendAsync(NotificationOptions.Webhook hook, int number, IReadOnlyList<RunEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            var problem = await PostAsync(hook, WebhookBody.Of(e, hook.Format), cancellationToken);
            if (problem is null)
            {
                logger.LogInformation("Webhook {Webhook} told: {Event}", number, Notation.Of(e.Kind));
                continue;
            }

            metrics.NotificationFailed();
            logger.LogWarning("Webhook {Webhook} was not told {Event}: {Problem}", number, Notation.Of(e.Kind), problem);
        }
    }

    /// <summary>Null once the webhook took it; else the last problem, in words without the URL.</summary>
    private async Task<string?> PostAsync(NotificationOptions.Webhook hook, byte[] body, CancellationToken cancellationToken)
    {
        string? problem = null;
        for (var attempt = 1; attempt <= Attempts && !cancellationToken.IsCancellationRequested; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(AttemptTimeout);
            try
            {
                using var content = new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } };
                using var answer = await clients.CreateClient(HttpClientName).PostAsync(hook.Url, content, timeout.Token);
                if (answer.IsSuccessStatusCode)
                {
                    return null;
                }

                problem = $"it answered HTTP {(int)answer.StatusCode}";
            }
            catch (OperationCanceledException)
            {
                problem = "no answer in time";
            }
            catch (HttpRequestException e)
            {
                problem = $"cannot reach it ({e.HttpRequestError})";
            }

            if (attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), CancellationToken.None);
            }
        }

        return $"{problem}, after {Attempts} attempts within {Notation.Of(Bound)}";
    }
}
