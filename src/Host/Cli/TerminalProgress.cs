using Spectre.Console;
using SpaceX.Application.Ingestion;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Host.Cli;

/// <summary>
/// A run's progress drawn live on the terminal (stderr) with Spectre.Console: per collection, the documents received
/// of those the API announced, and the step the run is at. It clears itself when the run ends.
/// </summary>
public sealed class TerminalProgress(IAnsiConsole console) : IRunProgress
{
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(100);

    private readonly Lock _lock = new();
    private RunProgress? _latest;
    private TaskCompletionSource? _ended;
    private Task? _drawing;

    public bool IsLive => true;

    /// <summary>For the logs: each line is written through the display's console, so that it shows above the display instead of through it.</summary>
    public TextWriter LogWriter => new LineWriter(line => console.Write(new Text(line + "\n")));

    /// <summary>Live progress when stderr is a terminal and nothing asked for quiet or JSON logs.</summary>
    public static bool Wanted(bool quiet, bool jsonLogs) => !Console.IsErrorRedirected && !quiet && !jsonLogs;

    public static TerminalProgress OnStandardError() =>
        new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));

    public void Show(RunProgress progress)
    {
        lock (_lock)
        {
            _latest = progress;
            if (_drawing is null)
            {
                _ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _drawing = DrawAsync(_ended.Task);
            }
        }
    }

    public void End()
    {
        Task? drawing;
        lock (_lock)
        {
            _ended?.TrySetResult();
            (drawing, _drawing) = (_drawing, null);
        }

        try
        {
            drawing?.Wait(); // gone before anything else is printed
        }
        catch (AggregateException)
        {
            // a display that failed to draw is no reason to fail the run it showed
        }
    }

    private Task DrawAsync(Task ended) =>
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var step = context.AddTask("starting", maxValue: 1);
                step.IsIndeterminate = true;
                var kinds = new Dictionary<RecordKind, ProgressTask>();
                while (true)
                {
                    var latest = Latest();
                    step.Description = $"[bold]{latest.Step}[/]";
                    foreach (var kind in latest.Kinds.Where(k => k.Announced > 0))
                    {
                        var task = kinds.TryGetValue(kind.Kind, out var known) ? known : kinds[kind.Kind] = context.AddTask(kind.Kind.Collection());
                        task.MaxValue = kind.Announced;
                        task.Value = Math.Min(kind.Received, kind.Announced);
                        task.Description = $"{kind.Kind.Collection()} {kind.Received:N0} of {kind.Announced:N0}";
                    }

                    if (ended.IsCompleted)
                    {
                        return;
                    }

                    await Task.WhenAny(ended, Task.Delay(Redraw));
                }
            });

    private RunProgress Latest()
    {
        lock (_lock)
        {
            return _latest!;
        }
    }

    /// <summary>Hands on whole lines.</summary>
    private sealed class LineWriter(Action<string> writeLine) : TextWriter
    {
        private readonly System.Text.StringBuilder _line = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                writeLine(_line.ToString().TrimEnd('\r'));
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }
    }
}
