using Fnavdl.Cli;

return await FnavdlCommandLine.RunAsync(args, Console.Out, Console.Error);
