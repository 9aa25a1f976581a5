namespace Simulator.Core.Calibration;

/// <summary>Bisection for a root of a continuous function that changes sign on a bracket: slow, but it cannot fail.</summary>
internal static class RootFinder
{
    public static double Bisect(Func<double, double> f, double low, double high, double tolerance = 1e-12, int maxIterations = 200)
    {
        double fLow = f(low);
        if (fLow == 0) return low;
        for (int i = 0; i < maxIterations && high - low > tolerance * Math.Max(1, Math.Abs(low) + Math.Abs(high)); i++)
        {
            double middle = (low + high) / 2;
            double fMiddle = f(middle);
            if (fMiddle == 0) return middle;
            if (Math.Sign(fMiddle) == Math.Sign(fLow))
            {
                low = middle;
                fLow = fMiddle;
            }
            else
            {
                high = middle;
            }
        }
        return (low + high) / 2;
    }
}
