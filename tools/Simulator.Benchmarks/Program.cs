using BenchmarkDotNet.Running;

// dotnet run -c Release --project tools/Simulator.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Simulator.Benchmarks.ErlangStaffingBenchmarks).Assembly).Run(args);
