using Simulator.Cli;

return CcsimApp.Run(args, Console.Out, Console.Error);
