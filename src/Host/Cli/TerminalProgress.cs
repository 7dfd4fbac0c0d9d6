using System.Globalization;
using System.Text;
using SpaceX.Application.Ingestion;
using SpaceX.Domain.Ingestion;

namespace SpaceX.Host.Cli;

/// <summary>
/// A run's progress as one status line at the bottom of the terminal (stderr): the step, how long it has taken and,
/// per collection, the documents received of those the API announced. Log lines are written above it: the status line
/// is erased, the log line written, the status line drawn again, all under one lock, so that nothing is drawn over
/// anything else. The status line is cut to the terminal's width, so the terminal never wraps it, and it is erased
/// when the run ends.
/// </summary>
public sealed class TerminalProgress(TextWriter terminal, Func<int> width, TimeProvider clock) : IRunProgress
{
    private const string EraseLine = "\r\u001b[2K";
    private const string HideCursor = "\u001b[?25l";
    private const string ShowCursor = "\u001b[?25h";
    private static readonly string[] Spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

    private readonly Lock _lock = new();
    private RunProgress? _latest;
    private long _started;
    private int _frame;
    private bool _drawn;

    public bool IsLive => true;

    /// <summary>For the logs: each whole line is written above the status line.</summary>
    public TextWriter LogWriter => new LineWriter(WriteLine);

    /// <summary>Live progress when stderr is a terminal and nothing asked for quiet or JSON logs.</summary>
    public static bool Wanted(bool quiet, bool jsonLogs) => !Console.IsErrorRedirected && !quiet && !jsonLogs;

    public static TerminalProgress OnStandardError() => new(Console.Error, TerminalWidth, TimeProvider.System);

    /// <summary>Called ten times a second while the run goes: the spinner and the time move while nothing arrives.</summary>
    public void Show(RunProgress progress)
    {
        lock (_lock)
        {
            if (_latest is null)
            {
                _started = clock.GetTimestamp();
                terminal.Write(HideCursor);
            }

            _latest = progress;
            _frame++;
            Draw();
        }
    }

    public void End()
    {
        lock (_lock)
        {
            if (_latest is not null)
            {
                Erase();
                terminal.Write(ShowCursor);
                terminal.Flush();
                _latest = null;
            }
        }
    }

    private void WriteLine(string line)
    {
        lock (_lock)
        {
            Erase();
            terminal.Write(line);
            terminal.Write('\n');
            if (_latest is not null)
            {
                Draw();
            }

            terminal.Flush();
        }
    }

    private void Draw()
    {
        terminal.Write(EraseLine);
        terminal.Write(Fit(StatusLine(_latest!, clock.GetElapsedTime(_started), Spinner[_frame % Spinner.Length]), width() - 1));
        terminal.Flush();
        _drawn = true;
    }

    private void Erase()
    {
        if (_drawn)
        {
            terminal.Write(EraseLine);
            _drawn = false;
        }
    }

    /// <summary>
    /// <c>⠹ fetching 3 s: launches 100 of 205, payloads 225 of 225</c>; while fetching before the API's first answer, that
    /// the run waits for it; past fetching with nothing fetched (the glance saw no change), that nothing was.
    /// </summary>
    public static string StatusLine(RunProgress progress, TimeSpan elapsed, string spinner)
    {
        var line = new StringBuilder($"{spinner} {progress.Step} {elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s: ");
        var announced = progress.Kinds.Where(k => k.Announced > 0).ToList();
        if (announced.Count == 0)
        {
            return line.Append(progress.Step == "fetching" ? "waiting for the API's first answer" : "nothing fetched").ToString();
        }

        return line.AppendJoin(", ", announced.Select(k => $"{k.Kind.Collection()} {Math.Min(k.Received, k.Announced):N0} of {k.Announced:N0}")).ToString();
    }

    /// <summary>Cut to <paramref name="columns"/>, so that the terminal does not wrap it.</summary>
    public static string Fit(string line, int columns) =>
        line.Length <= columns ? line : columns <= 1 ? "" : string.Concat(line.AsSpan(0, columns - 1), "…");

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth is > 1 and var columns ? columns : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    /// <summary>Hands on whole lines.</summary>
    private sealed class LineWriter(Action<string> writeLine) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public override Encoding Encoding => Encoding.UTF8;

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
