using Confidant.Cli;

return ConfidantCli.Run(args, CliEnvironment.FromConsole());
