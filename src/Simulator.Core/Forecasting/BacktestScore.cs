namespace Simulator.Core.Forecasting;

/// <summary>How one method did in the rolling-origin backtest, interval by interval over every contact type.</summary>
/// <param name="Wape">Weighted absolute percentage error: Σ|actual − forecast| / Σ actual.</param>
/// <param name="Mase">Mean absolute scaled error (Hyndman &amp; Koehler 2006): mean |error| over the in-sample mean |error| of "same as a week before",
/// averaged over contact types; below 1 beats it. Null when the history before the backtest has no week-on-week pairs.</param>
/// <param name="Baseline">A naive benchmark (seasonal naive, weekday median) rather than a forecasting method.</param>
public sealed record BacktestScore(string Method, double Wape, double? Mase, bool Baseline);
