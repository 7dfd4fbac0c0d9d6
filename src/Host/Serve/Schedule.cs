using Cronos;
using SpaceX.Host.Common;

namespace SpaceX.Host.Serve;

/// <summary>When <c>serve</c> runs the pipeline: every so long (the first run at start), or on a cron expression (UTC).</summary>
public sealed class Schedule
{
    private readonly TimeSpan? _interval;
    private readonly CronExpression? _cron;

    private Schedule(TimeSpan? interval, CronExpression? cron, string description)
    {
        _interval = interval;
        _cron = cron;
        Description = description;
    }

    public string Description { get; }

    /// <summary>From <c>--every</c> or <c>--cron</c>: exactly one of them.</summary>
    public static Schedule From(TimeSpan? every, string? cron) => (every, cron) switch
    {
        ({ } interval, null) when interval > TimeSpan.Zero => new Schedule(interval, null, $"every {interval}"),
        ({ }, null) => throw new UsageException("--every must be longer than zero."),
        (null, { } expression) => new Schedule(null, ParseCron(expression), $"on cron '{expression}' (UTC)"),
        (null, null) => throw new UsageException("serve needs a schedule: --every DURATION (30s, 1h) or --cron \"EXPR\"."),
        _ => throw new UsageException("give --every or --cron, not both."),
    };

    /// <summary>The first tick: at once for an interval, the next occurrence for a cron expression.</summary>
    public DateTimeOffset First(DateTimeOffset now) => _interval is not null ? now : Next(now);

    public DateTimeOffset Next(DateTimeOffset after) =>
        _interval is { } interval
            ? after + interval
            : _cron!.GetNextOccurrence(after, TimeZoneInfo.Utc) ?? throw new UsageException("the cron expression has no next occurrence.");

    /// <summary>How long one period of the schedule is: the interval, or the gap between the cron's next two ticks.</summary>
    public TimeSpan Period(DateTimeOffset now) => _interval ?? Next(Next(now)) - Next(now);

    private static CronExpression ParseCron(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        try
        {
            return CronExpression.Parse(expression, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        }
        catch (CronFormatException e)
        {
            throw new UsageException($"'{expression}' is not a cron expression for --cron: {e.Message}");
        }
    }
}
