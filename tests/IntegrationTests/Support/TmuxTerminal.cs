using System.Diagnostics;

namespace SpaceX.IntegrationTests.Support;

/// <summary>
/// A command run in a tmux terminal of a given size, on a tmux server of the tests' own: what a person would see on the
/// screen when it ends, its wrapped lines joined, scrollback included.
/// </summary>
public static class TmuxTerminal
{
    private const string Server = "spacex-tests";
    private const string ExitMark = "[exit ";

    /// <param name="standardOutput">A file that takes the command's stdout, so that the screen shows its stderr only.</param>
    /// <returns>The screen's lines before the command's exit, and its exit code.</returns>
    public static async Task<(IReadOnlyList<string> Lines, int ExitCode)> RunAsync(
        int columns, int rows, IReadOnlyDictionary<string, string> environment, string[] command, string standardOutput)
    {
        SystemTool.Tmux.Require();
        var session = $"t{Guid.NewGuid():N}";
        var shell = string.Join(" ", environment.Select(e => $"{e.Key}={Quote(e.Value)}").Concat(command.Select(Quote))) + $" >{Quote(standardOutput)}";
        await TmuxAsync("new-session", "-d", "-s", session, "-x", $"{columns}", "-y", $"{rows}", $"{shell}; echo \"{ExitMark}$?]\"; sleep 600");
        try
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var screen = await TmuxAsync("capture-pane", "-p", "-J", "-S", "-", "-t", session);
                var lines = screen.Split('\n').Select(line => line.TrimEnd()).ToList();
                var exit = lines.FindIndex(line => line.StartsWith(ExitMark, StringComparison.Ordinal));
                if (exit >= 0)
                {
                    return (lines.Take(exit).Where(line => line.Length > 0).ToList(), int.Parse(lines[exit][ExitMark.Length..^1], System.Globalization.CultureInfo.InvariantCulture));
                }

                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"the command did not end; the screen:\n{screen}");
                await Task.Delay(200);
            }
        }
        finally
        {
            await TmuxAsync("kill-session", "-t", session);
        }
    }

    private static string Quote(string value) => $"'{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    private static async Task<string> TmuxAsync(params string[] args)
    {
        using var tmux = Process.Start(new ProcessStartInfo("tmux", ["-L", Server, .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var output = await tmux.StandardOutput.ReadToEndAsync();
        await tmux.WaitForExitAsync();
        return output;
    }
}
