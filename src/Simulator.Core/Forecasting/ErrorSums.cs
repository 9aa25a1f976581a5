namespace Simulator.Core.Forecasting;

/// <summary>
/// What a backtest adds up for one method: absolute errors for WAPE and MASE, and by contact type and week of lead time
/// the moments the prediction intervals are calibrated from — Σ((y − f)² − f) and Σ f², whose ratio
/// estimates κ in Var(y) = f + κ f², the relative error of the forecast beyond Poisson noise.
/// </summary>
internal sealed class ErrorSums(int types, int leadWeeks)
{
    public double AbsoluteError;
    public double Actual;
    public readonly double[] TypeAbsoluteError = new double[types];
    public readonly int[] TypePoints = new int[types];
    /// <summary>Per contact type: types differ in size, and so in how much of their error is Poisson noise.</summary>
    public readonly LeadMoments[] Intervals = [.. Enumerable.Range(0, types).Select(_ => new LeadMoments(leadWeeks))];

    public readonly LeadMoments[] Days = [.. Enumerable.Range(0, types).Select(_ => new LeadMoments(leadWeeks))];
}

/// <summary>Moments of forecast errors by week of lead time.</summary>
internal sealed class LeadMoments(int weeks)
{
    /// <summary>A forecast under this is a closed or nearly closed interval: its errors say nothing about relative error.</summary>
    private const double SmallestForecast = 0.5;

    public readonly double[] Excess = new double[weeks];
    public readonly double[] Squares = new double[weeks];
    public readonly int[] Points = new int[weeks];

    public int Weeks => weeks;

    public void Add(int leadDays, double actual, double forecast)
    {
        int week = leadDays / 7;
        if (week >= weeks || forecast < SmallestForecast) return;
        Excess[week] += (actual - forecast) * (actual - forecast) - forecast;
        Squares[week] += forecast * forecast;
        Points[week]++;
    }
}
