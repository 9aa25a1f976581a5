namespace Simulator.Core.Forecasting;

/// <summary>What to forecast: <paramref name="Days"/> days from <paramref name="Start"/>, by a method or by <c>auto</c>.</summary>
/// <param name="SpecialDays">Known holidays and unusual days: left out of the fit in the past, applied in the future.</param>
public sealed record ForecastRequest(DateOnly Start, int Days, string Method, IReadOnlyList<SpecialDay> SpecialDays)
{
    /// <summary>Ten years: a horizon a scenario can hold (its 3,660 days).</summary>
    public const int MaxDays = 3_660;
}
