namespace Simulator.Core.Forecasting;

/// <summary>
/// Calibrates prediction intervals from the chosen method's backtest errors. A count is negative
/// binomial around its forecast f, with Var = f + κ f²: Poisson noise, which is exact for arrivals,
/// plus κ, the squared relative error of the forecast itself, estimated by the method of moments per
/// week of lead time (κ = Σ((y − f)² − f) / Σ f², never below zero, never falling with lead). Beyond
/// the backtest's last week κ grows in proportion to the lead, as the variance of a drifting level does.
/// </summary>
public sealed class PredictionIntervals
{
    /// <summary>A lead week scored on fewer points than this borrows the week before's κ.</summary>
    private const int MinimumPoints = 30;

    private readonly double[] _kappa;

    internal PredictionIntervals(LeadMoments moments)
    {
        _kappa = new double[moments.Weeks];
        double previous = 0;
        for (int w = 0; w < moments.Weeks; w++)
        {
            double estimate = moments.Points[w] >= MinimumPoints && moments.Squares[w] > 0
                ? Math.Max(0, moments.Excess[w] / moments.Squares[w])
                : previous;
            _kappa[w] = Math.Max(previous, estimate);
            previous = _kappa[w];
        }
    }

    public PredictionIntervals(IReadOnlyList<double> kappaByLeadWeek) => _kappa = [.. kappaByLeadWeek];

    /// <summary>κ by week of lead time, as estimated.</summary>
    public IReadOnlyList<double> KappaByLeadWeek => _kappa;

    /// <summary>κ for a forecast <paramref name="leadDays"/> days after the last day of history (0 = the next day).</summary>
    public double Kappa(int leadDays)
    {
        int week = leadDays / 7;
        if (week < _kappa.Length) return _kappa[week];
        double lastMiddle = 7 * (_kappa.Length - 1) + 3.5;
        return _kappa[^1] * (leadDays + 0.5) / lastMiddle;
    }

    /// <summary>The central 80 % and 95 % prediction intervals of a forecast count.</summary>
    public (double Low80, double High80, double Low95, double High95) Bounds(double forecast, int leadDays)
    {
        var q = CountQuantiles.Quantiles(forecast, Kappa(leadDays), 0.025, 0.10, 0.90, 0.975);
        return (q[1], q[2], q[0], q[3]);
    }
}
