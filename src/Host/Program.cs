using SpaceX.Host.Cli;

return await SpaceXCli.RunAsync(args);
