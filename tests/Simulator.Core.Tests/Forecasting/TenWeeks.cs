using Simulator.Core.Forecasting;
using Simulator.Core.History;
using Simulator.Core.Tests.History;
using Simulator.HistoryGenerator;

namespace Simulator.Core.Tests.Forecasting;

/// <summary>Ten weeks of two generated types from Monday 2024-01-01, no outliers or special days: enough for every method and its backtest, quick to
/// make.</summary>
internal static class TenWeeks
{
    public static readonly DateOnly From = new(2024, 1, 1);
    public static readonly DateOnly Start = From.AddDays(70);

    private static readonly Lazy<List<SampledInterval>> Samples = new(() =>
        [.. HistorySampler.Intervals(KnownTruth.Create(From, 70, types: 2, seed: 3, outliersPerYear: 0) with { SpecialDays = [] })]);

    private static readonly Lazy<ContactHistory> Read = new(() => HistoryText.Read(HistoryText.Intervals(Samples.Value)));

    public static IReadOnlyList<SampledInterval> Intervals => Samples.Value;

    public static ContactHistory History => Read.Value;

    public static ContactHistory HistoryWith(Func<SampledInterval, SampledInterval> change) =>
        HistoryText.Read(HistoryText.Intervals(Samples.Value.Select(change)));

    public static ContactHistory HistoryWhere(Func<SampledInterval, bool> keep) => HistoryText.Read(HistoryText.Intervals(Samples.Value.Where(keep)));

    public static ForecastResult Forecast(ContactHistory? history = null, string method = ForecastMethods.Auto, IReadOnlyList<SpecialDay>? special = null,
        DateOnly? start = null, int days = 14) =>
        Forecaster.Run(history ?? History, new ForecastRequest(start ?? Start, days, method, special ?? []));
}
