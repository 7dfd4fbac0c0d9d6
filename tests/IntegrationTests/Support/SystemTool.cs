using System.Diagnostics;

namespace SpaceX.IntegrationTests.Support;

/// <summary>
/// A program of the system's that some tests drive. Without it they report themselves skipped, with the command that
/// installs it; <c>.ci/run</c> installs them all and fails when a test was skipped.
/// </summary>
public sealed class SystemTool(string name, string install, Func<bool> isPresent)
{
    public static readonly SystemTool Chromium = new(
        "Chromium", "apt-get install chromium", () => File.Exists(SystemChromium.Chromium));

    public static readonly SystemTool Tmux = new("tmux", "apt-get install tmux", () => Succeeds("tmux", "-V"));

    /// <summary>The Prometheus project's own parser of the text format, which checks what a scrape would read.</summary>
    public static readonly SystemTool PrometheusClient = new(
        "Python's prometheus_client", "apt-get install python3-prometheus-client", () => Succeeds("/usr/bin/python3", "-c", "import prometheus_client"));

    private readonly Lazy<bool> _present = new(isPresent);

    /// <summary>Skips the test when the tool is missing.</summary>
    public void Require() => Skip.IfNot(_present.Value, $"needs {name}, which is not installed: {install} (.ci/run installs it)");

    private static bool Succeeds(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not on the PATH
        }
    }
}
