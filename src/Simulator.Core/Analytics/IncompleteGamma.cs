using MathNet.Numerics;

namespace Simulator.Core.Analytics;

/// <summary>
/// ln γ(a, x), the log of the lower incomplete gamma function, for the Erlang A formulas, where
/// γ(a, x) itself over- or underflows as soon as a centre has more than a few hundred agents.
/// </summary>
internal static class IncompleteGamma
{
    /// <summary>ln γ(a, x) = ln ∫₀ˣ t^(a−1) e^(−t) dt for a &gt; 0, x ≥ 0 (−∞ at x = 0).</summary>
    public static double LogLower(double a, double x)
    {
        if (x <= 0) return double.NegativeInfinity;
        if (x >= a + 1.0)
        {
            // Here P(a, x) ≥ about ½, so MathNet's regularized function loses nothing to underflow.
            return SpecialFunctions.GammaLn(a) + Math.Log(SpecialFunctions.GammaLowerRegularized(a, x));
        }

        // Below the mode: γ(a, x) = x^a e^(−x) Σ_{m≥0} x^m / (a (a+1) ⋯ (a+m)) (Abramowitz &
        // Stegun 6.5.29), summed in scaled form. The terms shrink by x/(a+m) < 1, so it converges
        // in O(√a) terms at worst (x just below a + 1).
        double term = 1.0 / a;
        double sum = term;
        for (int m = 1; m < 10_000_000; m++)
        {
            term *= x / (a + m);
            sum += term;
            if (term < sum * 1e-17) break;
        }
        return a * Math.Log(x) - x + Math.Log(sum);
    }
}
