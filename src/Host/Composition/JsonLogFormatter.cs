using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;
using Serilog.Formatting.Json;

namespace SpaceX.Host.Composition;

/// <summary>
/// One log event as one line of JSON, in Serilog's compact form (<c>@t</c> in UTC, <c>@m</c>, <c>@i</c>, <c>@l</c> unless
/// Information, <c>@x</c>, <c>@tr</c> and <c>@sp</c> within a trace, then the properties), with the message rendered as
/// the text logs render it: values as they are, without the quotes Serilog's own rendering puts around strings.
/// </summary>
public sealed class JsonLogFormatter : ITextFormatter
{
    private readonly MessageTemplateTextFormatter _message = new("{Message:l}", CultureInfo.InvariantCulture);
    private readonly JsonValueFormatter _values = new(typeTagName: null);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        output.Write("{\"@t\":\"");
        output.Write(logEvent.Timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        output.Write("\",\"@m\":");
        var message = new StringWriter(CultureInfo.InvariantCulture);
        _message.Format(logEvent, message);
        JsonValueFormatter.WriteQuotedJsonString(message.ToString(), output);
        output.Write(",\"@i\":\"");
        output.Write(EventType(logEvent.MessageTemplate.Text).ToString("x8", CultureInfo.InvariantCulture));
        output.Write('"');
        if (logEvent.Level != LogEventLevel.Information)
        {
            output.Write(",\"@l\":\"");
            output.Write(logEvent.Level);
            output.Write('"');
        }

        if (logEvent.Exception is not null)
        {
            output.Write(",\"@x\":");
            JsonValueFormatter.WriteQuotedJsonString(logEvent.Exception.ToString(), output);
        }

        if (logEvent.TraceId is { } traceId) // while a span is recorded (OpenTelemetry configured): the line joins its trace
        {
            output.Write(",\"@tr\":\"");
            output.Write(traceId.ToHexString());
            output.Write("\",\"@sp\":\"");
            output.Write(logEvent.SpanId?.ToHexString());
            output.Write('"');
        }

        foreach (var (name, value) in logEvent.Properties)
        {
            output.Write(',');
            JsonValueFormatter.WriteQuotedJsonString(name.StartsWith('@') ? "@" + name : name, output);
            output.Write(':');
            _values.Format(value, output);
        }

        output.Write('}');
        output.Write('\n');
    }

    /// <summary>The same number for every event of one message template (FNV-1a), as <c>@i</c> is in Serilog's compact form.</summary>
    private static uint EventType(string template)
    {
        var hash = 2166136261u;
        foreach (var c in template)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
