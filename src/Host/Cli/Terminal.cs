using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace SpaceX.Host.Cli;

public static class Terminal
{
    /// <summary>Wide enough for any table: what is not a terminal (a file, a pipe) gets each table whole, never wrapped.</summary>
    private const int Unbounded = 4096;

    /// <summary>
    /// A Spectre console over the invocation's output (tests capture it), as wide as the terminal it prints to: the
    /// <c>COLUMNS</c> environment variable when set, else the terminal's width, else (a file, a pipe) unbounded.
    /// </summary>
    public static IAnsiConsole For(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        var isTerminal = output == Console.Out && !Console.IsOutputRedirected;
        console.Profile.Width = Columns() ?? (isTerminal ? console.Profile.Width : Unbounded);
        return console;
    }

    private static int? Columns() =>
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0
            ? columns
            : null;
}
