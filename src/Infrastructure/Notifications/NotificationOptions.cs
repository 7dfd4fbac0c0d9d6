using Microsoft.Extensions.Configuration;
using SpaceX.Application;

namespace SpaceX.Infrastructure.Notifications;

/// <summary>The <c>Notifications</c> section: the webhooks told about runs (<c>Notifications:Webhooks:0:Url</c>, <c>:Format</c>).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public List<Webhook> Webhooks { get; set; } = [];

    /// <param name="Format">json (the event as one object) or slack (a Slack-compatible incoming webhook's <c>{"text": ...}</c>).</param>
    public sealed record Webhook(string Url, string Format = "json");

    /// <summary>The section as configured, checked: a URL that is not absolute http(s) or an unknown format is a <see cref="ConfigurationException"/> that does not show the URL.</summary>
    public static NotificationOptions Load(IConfiguration configuration)
    {
        var options = new NotificationOptions();
        var hooks = configuration.GetSection(Section).GetSection("Webhooks").GetChildren().ToList();
        for (var i = 0; i < hooks.Count; i++)
        {
            var url = hooks[i]["Url"];
            var format = hooks[i]["Format"] ?? "json";
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new ConfigurationException($"{Section}:Webhooks:{i}:Url is not an http(s) URL");
            }

            if (format is not ("json" or "slack"))
            {
                throw new ConfigurationException($"{Section}:Webhooks:{i}:Format '{format}' is not json or slack");
            }

            options.Webhooks.Add(new Webhook(url!, format));
        }

        return options;
    }
}
