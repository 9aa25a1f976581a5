using Simulator.Cli;

return await CcsimApp.RunAsync(args, Console.Out, Console.Error);
