using BenchmarkDotNet.Running;
using Simulator.Benchmarks;

// BenchmarkDotNet suites:   dotnet run -c Release --project tools/Simulator.Benchmarks -- --filter '*'
// Kernel timing harness:    dotnet run -c Release --project tools/Simulator.Benchmarks -- kernel [--scenario FILE] [--days N] [--repeat K] [--compile-once]
// [--memory]
// Kernel builds A/B:        dotnet run -c Release --project tools/Simulator.Benchmarks -- kernel-ab [--scenario FILE] [--days N] [--rounds R] DIR_A DIR_B
// Orleans overhead harness:  dotnet run -c Release --project tools/Simulator.Benchmarks -- orleans [--replications R] [--days N] [--repeat K]
// Live centre pace:          dotnet run -c Release --project tools/Simulator.Benchmarks -- live [--agents N | --find] [--speed S] [--seconds W]
// Forecast speed:            dotnet run -c Release --project tools/Simulator.Benchmarks -- forecast [--days 730] [--types 3] [--horizon 28] [--repeat K]
// Calibration speed:        dotnet run -c Release --project tools/Simulator.Benchmarks -- calibrate [--days 1|30] [--parallelism 2]
// Contact log read:          dotnet run -c Release --project tools/Simulator.Benchmarks -- contact-log [--rows 5000000] [--file PATH]
// Look-ahead speed:          dotnet run -c Release --project tools/Simulator.Benchmarks -- look-ahead [--agents 500] [--replications 100] [--hours 4]
// [--parallelism 2] [--actions N] [--repeat K]
// Look-ahead coverage:       dotnet run -c Release --project tools/Simulator.Benchmarks -- look-ahead-coverage [--days 400] [--replications 39]
// Experiment peak memory:    dotnet run -c Release --project tools/Simulator.Benchmarks -- experiment-memory [--days 30] [--replications R]
// [--four-intervals]
// Shift choice and roster:   dotnet run -c Release --project tools/Simulator.Benchmarks -- schedule [--time-limit 30]
if (args.Length > 0 && args[0] == "kernel")
{
    return KernelHarness.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "kernel-ab")
{
    return KernelComparison.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "live")
{
    return await LiveHarness.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "forecast")
{
    return ForecastHarness.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "contact-log")
{
    return ContactLogHarness.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "calibrate")
{
    return CalibrationHarness.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "schedule")
{
    return ScheduleHarness.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "look-ahead")
{
    return LookAheadHarness.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "look-ahead-coverage")
{
    return LookAheadHarness.Coverage(args[1..]);
}
if (args.Length > 0 && args[0] == "experiment-memory")
{
    return await ExperimentMemoryHarness.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "orleans")
{
    return await OrleansHarness.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(ErlangStaffingBenchmarks).Assembly).Run(args);
return 0;
