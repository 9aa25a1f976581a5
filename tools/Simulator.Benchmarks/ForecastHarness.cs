using System.Diagnostics;
using System.Globalization;
using System.Text;
using Simulator.Core.Forecasting;
using Simulator.Core.History;
using Simulator.HistoryGenerator;

namespace Simulator.Benchmarks;

/// <summary>
/// Times <c>ccsim forecast</c>'s work on generated history: --days (730) days of 30-minute interval
/// history of --types (3) contact types, read from CSV text in memory and forecast --horizon (28) days
/// ahead by <c>auto</c> (every method backtested from eight origins, the chosen one fitted, intervals
/// calibrated). Reports the best of --repeat (5) runs after a warm-up, wall time and the process's CPU
/// time beside it (the machine may be shared).
/// </summary>
public static class ForecastHarness
{
    public static int Run(string[] args)
    {
        int days = HarnessOptions.Whole(args, "--days", 730);
        int types = HarnessOptions.Whole(args, "--types", 3);
        int horizon = HarnessOptions.Whole(args, "--horizon", 28);
        int repeat = HarnessOptions.Whole(args, "--repeat", 5);
        var from = new DateOnly(2023, 1, 2);
        var truth = KnownTruth.Create(from, days, types, seed: 1);
        var csv = new StringBuilder("start,contactType,offered,answered,abandoned,ahtSeconds\n");
        int rows = 0;
        foreach (var i in HistorySampler.Intervals(truth))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{i.Start:yyyy-MM-dd HH:mm},{i.ContactType},{i.Offered},{i.Answered},{i.Abandoned},{i.AhtSeconds:0.#}\n");
            rows++;
        }
        byte[] bytes = Encoding.UTF8.GetBytes(csv.ToString());
        var request = new ForecastRequest(from.AddDays(days), horizon, ForecastMethods.Auto, truth.SpecialDays);

        ContactHistory Read() => HistoryReader.Read(new MemoryStream(bytes), "generated.csv", new HistoryReadOptions());
        Forecaster.Run(Read(), request);

        var readTimes = new List<(TimeSpan Wall, TimeSpan Cpu)>();
        var forecastTimes = new List<(TimeSpan Wall, TimeSpan Cpu)>();
        ForecastResult result = null!;
        using var process = Process.GetCurrentProcess();
        for (int r = 0; r < repeat; r++)
        {
            var (history, readTime) = Timed(process, Read);
            readTimes.Add(readTime);
            (result, var forecastTime) = Timed(process, () => Forecaster.Run(history, request));
            forecastTimes.Add(forecastTime);
        }
        var bestRead = readTimes.MinBy(t => t.Wall);
        var bestForecast = forecastTimes.MinBy(t => t.Wall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"history: {days} days x {types} types of 30m intervals = {rows:N0} rows ({bytes.Length / 1048576.0:F1} MiB CSV); horizon {horizon} days; method " +
                $"chosen {result.Method}; " +
            $"{result.Intervals.Count:N0} intervals forecast"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read: best {bestRead.Wall.TotalSeconds:F3}s wall ({bestRead.Cpu.TotalSeconds:F3}s CPU); forecast: best {bestForecast.Wall.TotalSeconds:F3}s " +
                $"wall ({bestForecast.Cpu.TotalSeconds:F3}s CPU), " +
            $"median {forecastTimes.Select(t => t.Wall.TotalSeconds).Order().ElementAt(forecastTimes.Count / 2):F3}s wall, of {repeat}"));
        return 0;
    }

    internal static (T Value, (TimeSpan Wall, TimeSpan Cpu) Time) Timed<T>(Process process, Func<T> work)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var value = work();
        clock.Stop();
        process.Refresh();
        return (value, (clock.Elapsed, process.TotalProcessorTime - cpu));
    }
}
