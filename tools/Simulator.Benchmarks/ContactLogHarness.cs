using System.Diagnostics;
using System.Globalization;
using Simulator.Core.History;
using Simulator.HistoryGenerator;

namespace Simulator.Benchmarks;

/// <summary>
/// Times reading and aggregating a contact log of --rows (5,000,000) contacts: a year of three generated
/// contact types, their volumes scaled so the log has about that many rows, written to --file (a
/// temporary file by default, deleted afterwards; an existing --file is reused). The read runs in a
/// fresh child process (--read PATH), so that its peak working set is the reader's alone: compare
/// 1,000,000 and 5,000,000 rows to see that memory does not grow with the rows.
/// </summary>
public static class ContactLogHarness
{
    public static int Run(string[] args)
    {
        int at = Array.IndexOf(args, "--read");
        if (at >= 0) return Read(args[at + 1]);

        long rows = (long)HarnessOptions.Number(args, "--rows", 5_000_000);
        int fileAt = Array.IndexOf(args, "--file");
        string path = fileAt >= 0 ? args[fileAt + 1] : Path.Combine(Path.GetTempPath(), $"ccsim-contact-log-{rows}.csv");
        bool temporary = fileAt < 0;
        try
        {
            if (!File.Exists(path))
            {
                var clock = Stopwatch.StartNew();
                var unscaled = KnownTruth.Create(new DateOnly(2024, 1, 1), 366, types: 3, seed: 1);
                double expected = Enumerable.Range(0, unscaled.Days).Sum(d => Enumerable.Range(0, 3).Sum(t => unscaled.Rates(t, d).Sum()));
                var truth = KnownTruth.Create(new DateOnly(2024, 1, 1), 366, types: 3, seed: 1, volumeScale: rows / expected);
                using (var writer = new StreamWriter(path)) HistoryFiles.WriteContacts(writer, truth);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {path} ({new FileInfo(path).Length / 1048576.0:F0} MiB) in {clock.Elapsed.TotalSeconds:F1}s"));
            }
            var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!)
            {
                ArgumentList = { typeof(ContactLogHarness).Assembly.Location, "contact-log", "--read", path },
                UseShellExecute = false,
            })!;
            child.WaitForExit();
            return child.ExitCode;
        }
        finally
        {
            if (temporary && File.Exists(path)) File.Delete(path);
        }
    }

    private static int Read(string path)
    {
        using var process = Process.GetCurrentProcess();
        var (history, time) = ForecastHarness.Timed(process, () => HistoryReader.Load(path, new HistoryReadOptions()));
        process.Refresh();
        long peak = process.PeakWorkingSet64, allocated = GC.GetTotalAllocatedBytes(), heap = GC.GetTotalMemory(false);
        double offered = history.ContactTypes.Sum(t => t.Offered.Where(v => !double.IsNaN(v)).Sum());
        long contacts = File.ReadLines(path).LongCount() - 1;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows={contacts:N0} offered={offered:N0} days={history.Days} types={history.ContactTypes.Count} read+aggregate={time.Wall.TotalSeconds:F2}s " +
                $"wall ({time.Cpu.TotalSeconds:F2}s CPU) " +
            $"rows/s={contacts / time.Wall.TotalSeconds / 1e6:F2}M peakWorkingSet={peak / 1048576.0:F1}MiB " +
            $"managedHeap={heap / 1048576.0:F1}MiB allocated={allocated / 1048576.0:F0}MiB"));
        return 0;
    }
}
