using System.CommandLine;
using Spectre.Console;

namespace SpaceX.Host.Cli;

public static class Terminal
{
    /// <summary>A Spectre console over the invocation's output, so tests can capture what a verb prints.</summary>
    public static IAnsiConsole For(ParseResult parseResult)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(parseResult.InvocationConfiguration.Output),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });

        // Redirected output has no width; reports are wider than the 80 columns assumed then.
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        return console;
    }
}
