using MathNet.Numerics;

namespace Simulator.Core.Analytics;

/// <summary>
/// The Erlang B blocking probability B(N, A), the building block of Erlang C and Erlang A.
/// Computed without factorials or powers, so it is exact from 1 to millions of agents.
/// </summary>
public static class ErlangB
{
    /// <summary>
    /// Up to this many agents the O(N) recursion is both fastest and exact; beyond it the
    /// incomplete-gamma form costs O(√N) and keeps a single evaluation well under a millisecond.
    /// </summary>
    private const int RecursionLimit = 20_000;

    /// <summary>B(N, A) for <paramref name="agents"/> ≥ 0 servers and <paramref name="traffic"/> ≥ 0 Erlangs.</summary>
    public static double Compute(int agents, double traffic)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        ArgumentOutOfRangeException.ThrowIfNegative(traffic);
        if (agents == 0) return 1.0;
        if (traffic == 0) return 0.0;
        if (agents <= RecursionLimit) return ByRecursion(agents, traffic);

        // B = P(X = N) / P(X ≤ N) for X ~ Poisson(A), and P(X ≤ N) = Q(N + 1, A), the upper
        // regularized incomplete gamma function. Both in log space: no overflow at any size.
        double logPoissonMass = agents * Math.Log(traffic) - traffic - SpecialFunctions.GammaLn(agents + 1.0);
        double cumulative = SpecialFunctions.GammaUpperRegularized(agents + 1.0, traffic);
        if (cumulative > 1e-250)
        {
            return Math.Min(1.0, Math.Exp(logPoissonMass - Math.Log(cumulative)));
        }

        // Far into overload (N ≪ A) the Poisson tail underflows. There B → 1 − N/A; start the
        // recursion from that fixed point a few thousand steps below N: each step damps the
        // starting error by the factor n/A < 1, so the result converges to full precision.
        int start = Math.Max(0, agents - RecursionLimit);
        double inverse = start == 0 ? 1.0 : traffic / (traffic - start);
        for (int n = start + 1; n <= agents; n++)
        {
            inverse = 1.0 + inverse * n / traffic;
        }
        return 1.0 / inverse;
    }

    /// <summary>
    /// The standard stable recursion on the inverse, 1/B(n) = 1 + (n/A)·1/B(n−1), 1/B(0) = 1,
    /// which never forms A^N or N!.
    /// </summary>
    private static double ByRecursion(int agents, double traffic)
    {
        // Multiplying by 1/A keeps the loop's dependency chain to multiplications (no division).
        double perErlang = 1.0 / traffic;
        double inverse = 1.0;
        for (int n = 1; n <= agents; n++)
        {
            inverse = 1.0 + inverse * (n * perErlang);
        }
        return double.IsInfinity(inverse) ? 0.0 : 1.0 / inverse;
    }

    /// <summary>
    /// Up to this many agents apart, stepping the forward recursion from a known value is cheaper than
    /// a fresh evaluation; <see cref="ErlangBSeries"/> uses it.
    /// </summary>
    internal const int StepLimit = RecursionLimit;

    /// <summary>B(N + 1, A) from B(N, A): the forward recursion, one step, for incremental searches.</summary>
    public static double Next(double blocking, int agents, double traffic)
    {
        double carried = traffic * blocking;
        return carried / (agents + 1 + carried);
    }
}
