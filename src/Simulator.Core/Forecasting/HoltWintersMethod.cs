namespace Simulator.Core.Forecasting;

/// <summary>
/// Exponential smoothing of daily totals with a damped additive trend and multiplicative weekly
/// seasonality — Holt–Winters, ETS(A,Ad,M) in Hyndman et al., Forecasting with Exponential Smoothing
/// (2008), table 2.1 — with each day's total spread over its intervals by the weekday's
/// <see cref="IntradayShape"/>. The smoothing constants minimise the one-step squared errors scaled by
/// the forecast (Poisson-like: a busy Monday's error counts no more than a quiet Saturday's, relatively).
/// Days that may not be fitted (gaps, outliers, special days) are skipped: the state moves on by its
/// forecast. A closed weekday has seasonal index 0 and is never updated.
/// </summary>
internal sealed class HoltWintersMethod : IForecastMethod
{
    /// <summary>Trend damping φ, fixed: 0.98 is the usual upper end, damping a year-long trend to a few weeks' worth.</summary>
    public const double Damping = 0.98;
    private const int InitialDays = 28;
    private const int MaximumEvaluations = 300;

    public string Name => "holt-winters";

    public int MinimumDays => 28;

    public bool IsBaseline => false;

    public double[] Forecast(TrainingSeries series, int origin, int days)
    {
        var open = Enumerable.Range(0, 7).Select(w => series.WeekdayOpen(w, origin)).ToArray();
        var totals = new double[days];
        if (!open.Any(o => o)) return IntradayShape.Spread(series, origin, totals);

        var initial = Initial(series, origin, open);
        // Smoothing constants through a logistic transform: unconstrained search, each in (0, 1), β ≤ α.
        static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
        (double Alpha, double Beta, double Gamma) Constants(double[] x) => (Logistic(x[0]), Logistic(x[0]) * Logistic(x[1]), Logistic(x[2]));
        double Objective(double[] x)
        {
            var (alpha, beta, gamma) = Constants(x);
            return Run(series, origin, open, initial, alpha, beta, gamma, out _);
        }
        var best = NelderMead.Minimize(Objective, [Math.Log(0.2 / 0.8), Math.Log(0.1 / 0.9), Math.Log(0.1 / 0.9)], 1.0, MaximumEvaluations);
        var (a, b, g) = Constants(best);
        Run(series, origin, open, initial, a, b, g, out var state);

        double damping = 0;
        for (int h = 0; h < days; h++)
        {
            damping += Math.Pow(Damping, h + 1);
            int w = series.Weekday(origin + h);
            totals[h] = open[w] ? Math.Max(0, (state.Level + damping * state.Trend) * state.Season[w]) : 0;
        }
        return IntradayShape.Spread(series, origin, totals);
    }

    private sealed record State(double Level, double Trend, double[] Season);

    /// <summary>Level: mean of the first four weeks' open days; seasonal indices: each weekday's mean over it; no trend.</summary>
    private static State Initial(TrainingSeries series, int origin, bool[] open)
    {
        int first = Array.FindIndex(series.Usable, u => u);
        int end = Math.Min(origin, first + InitialDays);
        var sums = new double[7];
        var counts = new int[7];
        for (int d = first; d < end; d++)
        {
            int w = series.Weekday(d);
            if (!series.Usable[d] || !open[w]) continue;
            sums[w] += series.Totals[d];
            counts[w]++;
        }
        var means = Enumerable.Range(0, 7).Select(w => counts[w] > 0 ? sums[w] / counts[w] : double.NaN).ToArray();
        double level = means.Where(m => !double.IsNaN(m)).DefaultIfEmpty(1).Average();
        if (level <= 0) level = 1;
        var season = Enumerable.Range(0, 7).Select(w => !open[w] ? 0 : double.IsNaN(means[w]) ? 1 : Math.Max(means[w] / level, 0.01)).ToArray();
        return new State(level, 0, season);
    }

    /// <returns>The sum of squared one-step errors, each over its forecast.</returns>
    private static double Run(TrainingSeries series, int origin, bool[] open, State initial, double alpha, double beta, double gamma, out State final)
    {
        double level = initial.Level, trend = initial.Trend;
        var season = (double[])initial.Season.Clone();
        double error = 0;
        int first = Array.FindIndex(series.Usable, u => u);
        for (int d = first; d < origin; d++)
        {
            int w = series.Weekday(d);
            double expectedLevel = level + Damping * trend;
            if (!open[w] || !series.Usable[d])
            {
                level = expectedLevel;
                trend *= Damping;
                continue;
            }
            double y = series.Totals[d];
            double forecast = Math.Max(expectedLevel * season[w], 1e-6);
            error += (y - forecast) * (y - forecast) / Math.Max(forecast, 1);
            double newLevel = alpha * (y / season[w]) + (1 - alpha) * expectedLevel;
            trend = beta * (newLevel - level) + (1 - beta) * Damping * trend;
            season[w] = gamma * (y / Math.Max(expectedLevel, 1e-6)) + (1 - gamma) * season[w];
            level = newLevel;
        }
        final = new State(level, trend, season);
        return error;
    }
}
