using System.Text;
using System.Text.Json;
using SpaceX.Application.Notifications;
using SpaceX.Domain;

namespace SpaceX.Infrastructure.Notifications;

/// <summary>What a webhook receives for an event, in its format.</summary>
internal static class WebhookBody
{
    public static byte[] Of(RunEvent e, string format)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (format == "slack")
            {
                json.WriteString("text", Text(e)); // what a Slack-compatible incoming webhook takes as it is
            }
            else
            {
                Write(json, e);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary><c>{"event", "run_id", "mode", "status", "counts", "message", "at"}</c>; what is unknown is null.</summary>
    private static void Write(Utf8JsonWriter json, RunEvent e)
    {
        json.WriteString("event", Notation.Of(e.Kind));
        json.WriteString("run_id", e.RunId?.ToString());
        json.WriteString("mode", e.Mode is { } mode ? Notation.Of(mode) : null);
        json.WriteString("status", e.Status is { } status ? Notation.Of(status) : null);
        if (e.Counts is { } counts)
        {
            json.WriteStartObject("counts");
            json.WriteNumber("fetched", counts.Fetched);
            json.WriteNumber("inserted", counts.Inserted);
            json.WriteNumber("updated", counts.Updated);
            json.WriteNumber("unchanged", counts.Unchanged);
            json.WriteNumber("quarantined", counts.Quarantined);
            json.WriteNumber("raw_versions_added", counts.RawVersionsAdded);
            json.WriteNumber("related_quarantined", counts.RelatedQuarantined);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("counts");
        }

        json.WriteString("message", e.Message);
        json.WriteString("at", Notation.Exactly(e.At));
    }

    private static string Text(RunEvent e)
    {
        var text = new StringBuilder($"SpaceX pipeline: {Notation.Of(e.Kind).Replace('_', ' ')}: {e.Message}");
        if (e.RunId is { } run)
        {
            text.Append($" (run {run}{(e.Mode is { } mode ? $", {Notation.Of(mode)}" : "")})");
        }

        return text.Append($" at {Notation.Of(e.At)}").ToString();
    }
}
