using System.Globalization;
using Simulator.HistoryGenerator;

// Generates history from a known truth (README.md in this folder), for example the shipped example:
//   dotnet run --project tools/Simulator.HistoryGenerator -- --from 2024-01-01 --days 366 --future-days 90 --types 2 --seed 2024 \
//       --intervals scenarios/history/retail-bank-2024.csv --special-days scenarios/history/special-days.csv
string? Value(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
if (args.Length == 0 || args.Contains("--help"))
{
    Console.WriteLine("""
        Usage: Simulator.HistoryGenerator --from DATE --days N [options] [outputs]
          --from DATE              first day of history (default 2024-01-01)
          --days N                 days of history (default 366)
          --future-days F          days after the history that the truth, the special days and --future-* cover (default 0)
          --types 1-3              contact types: general, billing, claims (default 2)
          --seed S                 random seed (default 1): the same seed gives the same files
          --interval 30m           interval length (default 30m)
          --outliers-per-year K    outlier days injected into the history, unknown to the planner (default 8)
          --growth G               yearly volume growth, linear (default 0.08)
          --season A               amplitude of the yearly season (default 0.05)
          --volume-scale X         multiply every volume (default 1)
        Outputs (each optional):
          --intervals PATH         interval history of the history days
          --contacts PATH          contact log of the history days
          --future-intervals PATH  interval history of the future days (what happened: to compare a forecast with)
          --future-contacts PATH   contact log of the future days
          --truth PATH             true expected contacts and mean handle time per open interval, history and future
          --special-days PATH      the holidays and known unusual days, history and future (ccsim forecast --special-days)
          --outliers PATH          the injected outlier days
        """);
    return args.Length == 0 ? 1 : 0;
}
var invariant = CultureInfo.InvariantCulture;
var from = DateOnly.ParseExact(Value("--from") ?? "2024-01-01", "yyyy-MM-dd", invariant);
int days = int.Parse(Value("--days") ?? "366", invariant);
int future = int.Parse(Value("--future-days") ?? "0", invariant);
if (!Simulator.Core.Units.UnitParser.TryParseDuration(Value("--interval") ?? "30m", out var interval, out string error))
{
    Console.Error.WriteLine($"--interval: {error}");
    return 1;
}
var truth = KnownTruth.Create(from, days + future,
    types: int.Parse(Value("--types") ?? "2", invariant),
    seed: long.Parse(Value("--seed") ?? "1", invariant),
    outliersPerYear: int.Parse(Value("--outliers-per-year") ?? "8", invariant),
    outliersUntil: from.AddDays(days),
    interval: interval,
    volumeScale: double.Parse(Value("--volume-scale") ?? "1", invariant)) with
{
    AnnualGrowth = double.Parse(Value("--growth") ?? "0.08", invariant),
    AnnualSeason = double.Parse(Value("--season") ?? "0.05", invariant),
};
void Write(string option, Action<TextWriter> write)
{
    if (Value(option) is not { } path) return;
    using (var writer = new StreamWriter(path)) write(writer);
    Console.WriteLine($"{option[2..]}: {path}");
}
Write("--intervals", w => HistoryFiles.WriteIntervals(w, truth, 0, days));
Write("--contacts", w => HistoryFiles.WriteContacts(w, truth, 0, days));
Write("--future-intervals", w => HistoryFiles.WriteIntervals(w, truth, days, days + future));
Write("--future-contacts", w => HistoryFiles.WriteContacts(w, truth, days, days + future));
Write("--truth", w => HistoryFiles.WriteTruth(w, truth));
Write("--special-days", w => HistoryFiles.WriteSpecialDays(w, truth));
Write("--outliers", w => HistoryFiles.WriteOutliers(w, truth));
return 0;
