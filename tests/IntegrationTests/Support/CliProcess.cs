using System.Diagnostics;

namespace SpaceX.IntegrationTests.Support;

/// <summary>The CLI as a separate process (the built spacex.dll), for tests that run two at once or kill one.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private CliProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    public static CliProcess Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <param name="environment">Variables set for the process only, such as <c>SpaceXApi__TotalTimeout</c>.</param>
    public static CliProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Launch(new ProcessStartInfo(Command[0], [.. Command.Skip(1), .. args]), environment);

    /// <summary>
    /// In a pseudo-terminal (util-linux's <c>script</c>): the CLI's stdout and stderr are a terminal, as in an
    /// interactive shell; what it drew comes back as this process's output, escape sequences included.
    /// </summary>
    public static CliProcess StartInTerminal(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Launch(new ProcessStartInfo("script", ["-q", "-e", "-c", ShellCommand(args), "/dev/null"]), environment);

    /// <summary>With stderr sent to a file by the shell, as cron or a service manager would.</summary>
    public static CliProcess StartWithStandardErrorIn(string file, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Launch(new ProcessStartInfo("sh", ["-c", $"{ShellCommand(args)} 2>'{file}'"]), environment);

    /// <summary>With stdout and stderr appended to a file by the shell (<c>&gt;&gt; FILE 2&gt;&amp;1</c>), as the README's cron recipe does.</summary>
    public static CliProcess StartAppendingTo(string file, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Launch(new ProcessStartInfo("sh", ["-c", $"{ShellCommand(args)} >>'{file}' 2>&1"]), environment);

    private static string ShellCommand(string[] args) =>
        string.Join(" ", Command.Concat(args).Select(a => $"'{a.Replace("'", "'\\''", StringComparison.Ordinal)}'"));

    /// <summary>
    /// How the CLI is started: the JIT build beside the tests (<c>dotnet spacex.dll</c>), or the executable
    /// <c>SPACEX_CLI</c> names, such as the native binary CI publishes, so that the shipped binary is the tested one.
    /// </summary>
    public static IReadOnlyList<string> Command { get; } =
        Environment.GetEnvironmentVariable("SPACEX_CLI") is { Length: > 0 } cli ? [Path.GetFullPath(cli)] : ["dotnet", Path.Combine(AppContext.BaseDirectory, "spacex.dll")];

    private static CliProcess Launch(ProcessStartInfo start, IReadOnlyDictionary<string, string> environment)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.WorkingDirectory = AppContext.BaseDirectory;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new CliProcess(Process.Start(start)!);
    }

    /// <summary>Sends a signal by name (TERM, INT), as a service manager or a terminal would.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-s", name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>SIGKILL: no handler runs, nothing is flushed or rolled back by the process itself.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: false);

    public async Task<CliRun> WaitAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(1));
        await _process.WaitForExitAsync(cancel.Token);
        return new CliRun(_process.ExitCode, await _output, await _error);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
