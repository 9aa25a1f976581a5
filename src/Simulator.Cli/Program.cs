using Simulator.Cli;

using var interruption = Interruption.FromConsole();
return await CcsimApp.RunAsync(args, Console.Out, Console.Error, interruption);
