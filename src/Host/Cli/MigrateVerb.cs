using System.CommandLine;
using SpaceX.Application.Database.MigrateDatabase;
using SpaceX.Host.Composition;
using SpaceX.Host.Common;

namespace SpaceX.Host.Cli;

public static class MigrateVerb
{
    public static Command Create()
    {
        var script = new Option<bool>("--script")
        {
            Description = "Print the idempotent SQL script of all migrations (sql/init.sql) instead of applying them",
        };
        var command = new Command("migrate", "Apply pending database migrations (every verb that needs the schema does this too)")
        {
            script,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (parseResult.GetValue(script))
            {
                parseResult.InvocationConfiguration.Output.Write(CompositionRoot.SchemaScript());
                return ExitCodes.Ok;
            }

            await using var session = CliSession.Open(parseResult);
            var applied = await session.SendAsync(
                (mediator, ct) => mediator.Send(new MigrateDatabaseCommand(), ct), cancellationToken);
            parseResult.InvocationConfiguration.Output.WriteLine(applied.Count == 0
                ? "The schema is up to date."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
