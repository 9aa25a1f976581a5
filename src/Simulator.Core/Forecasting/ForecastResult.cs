using Simulator.Core.History;

namespace Simulator.Core.Forecasting;

/// <summary>The forecast of one interval (or, for daily history, one day) and contact type, with its 80 % and 95 % prediction intervals.</summary>
/// <param name="AhtSeconds">Null where the history has no handle times.</param>
public sealed record ForecastInterval(DateTime Start, string ContactType, double Offered, double Low80, double High80, double Low95, double High95,
    double? AhtSeconds);

/// <summary>One day's total for one contact type, with prediction intervals for the total (not the sum of the intervals' bounds).</summary>
/// <param name="SpecialDay">The label of a special day applied to it, if any.</param>
public sealed record ForecastDay(DateOnly Date, string ContactType, double Offered, double Low80, double High80, double Low95, double High95,
    double? AhtSeconds, string? SpecialDay);

/// <summary>A contact type's prediction intervals: for single intervals, and for daily totals.</summary>
public sealed record Calibration(PredictionIntervals Intervals, PredictionIntervals Days);

/// <summary>What <c>ccsim forecast</c> found: the method, how every method did in the backtest, and the forecast.</summary>
/// <param name="Intervals">Per interval and contact type, from the first to the last interval the history has open on any weekday.</param>
/// <param name="Excluded">Days of the history not fitted as normal: outliers found, with the special days named by the planner listed in <paramref
/// name="SpecialDaysInHistory"/>.</param>
public sealed record ForecastResult(
    ContactHistory History,
    DateOnly Start,
    int Days,
    string Method,
    IReadOnlyList<BacktestScore> Backtest,
    IReadOnlyList<ForecastInterval> Intervals,
    IReadOnlyList<ForecastDay> DailyTotals,
    IReadOnlyList<OutlierDay> Excluded,
    IReadOnlyList<SpecialDay> SpecialDaysInHistory,
    IReadOnlyList<SpecialDay> SpecialDaysApplied,
    IReadOnlyDictionary<string, Calibration> Calibration,
    IReadOnlyList<string> Notes)
{
    public IntervalGrid Grid => History.Grid;

    public IReadOnlyList<string> ContactTypes => [.. History.ContactTypes.Select(t => t.Id)];

    public bool HasAht => Intervals.Any(i => i.AhtSeconds is not null);
}
