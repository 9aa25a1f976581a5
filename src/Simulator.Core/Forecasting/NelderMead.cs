namespace Simulator.Core.Forecasting;

/// <summary>
/// Nelder–Mead downhill simplex (Nelder &amp; Mead 1965, with the standard coefficients 1, 2, ½, ½) for a
/// few unconstrained parameters. Deterministic, and bounded by a number of evaluations rather than
/// throwing when it runs out (as MathNet's does), since a slightly-off smoothing constant is harmless.
/// </summary>
internal static class NelderMead
{
    public static double[] Minimize(Func<double[], double> objective, double[] start, double step, int maximumEvaluations, double tolerance = 1e-7)
    {
        int n = start.Length;
        var points = new double[n + 1][];
        var values = new double[n + 1];
        for (int i = 0; i <= n; i++)
        {
            points[i] = (double[])start.Clone();
            if (i > 0) points[i][i - 1] += step;
            values[i] = objective(points[i]);
        }
        int evaluations = n + 1;
        while (evaluations < maximumEvaluations)
        {
            var order = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).ToArray();
            points = order.Select(i => points[i]).ToArray();
            values = order.Select(i => values[i]).ToArray();
            if (Math.Abs(values[n] - values[0]) <= tolerance * (Math.Abs(values[0]) + tolerance)) break;

            var centroid = new double[n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++) centroid[j] += points[i][j] / n;
            }
            double[] Toward(double factor) => centroid.Select((c, j) => c + factor * (points[n][j] - c)).ToArray();

            var reflected = Toward(-1);
            double reflectedValue = objective(reflected);
            evaluations++;
            if (reflectedValue < values[0])
            {
                var expanded = Toward(-2);
                double expandedValue = objective(expanded);
                evaluations++;
                (points[n], values[n]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue);
                continue;
            }
            if (reflectedValue < values[n - 1])
            {
                (points[n], values[n]) = (reflected, reflectedValue);
                continue;
            }
            var contracted = reflectedValue < values[n] ? Toward(-0.5) : Toward(0.5);
            double contractedValue = objective(contracted);
            evaluations++;
            if (contractedValue < Math.Min(reflectedValue, values[n]))
            {
                (points[n], values[n]) = (contracted, contractedValue);
                continue;
            }
            for (int i = 1; i <= n; i++)
            {
                points[i] = points[i].Select((x, j) => points[0][j] + 0.5 * (x - points[0][j])).ToArray();
                values[i] = objective(points[i]);
                evaluations++;
            }
        }
        int best = Array.IndexOf(values, values.Min());
        return points[best];
    }
}
