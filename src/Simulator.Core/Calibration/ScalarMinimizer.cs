namespace Simulator.Core.Calibration;

/// <summary>
/// The minimum of a function of one variable on an interval: a coarse grid finds the basin (so a
/// flat or awkward stretch cannot trap the search), golden-section search polishes it.
/// </summary>
internal static class ScalarMinimizer
{
    private static readonly double InverseGolden = (Math.Sqrt(5) - 1) / 2;

    public static double Minimize(Func<double, double> f, double low, double high, int gridPoints = 60, double tolerance = 1e-9)
    {
        double step = (high - low) / (gridPoints - 1);
        int best = 0;
        double bestValue = double.PositiveInfinity;
        for (int i = 0; i < gridPoints; i++)
        {
            double value = f(low + i * step);
            if (value < bestValue)
            {
                bestValue = value;
                best = i;
            }
        }
        double a = low + Math.Max(0, best - 1) * step;
        double b = low + Math.Min(gridPoints - 1, best + 1) * step;
        double c = b - InverseGolden * (b - a);
        double d = a + InverseGolden * (b - a);
        double fc = f(c), fd = f(d);
        while (b - a > tolerance * Math.Max(1, Math.Abs(a) + Math.Abs(b)))
        {
            if (fc < fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - InverseGolden * (b - a);
                fc = f(c);
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + InverseGolden * (b - a);
                fd = f(d);
            }
        }
        return (a + b) / 2;
    }
}
