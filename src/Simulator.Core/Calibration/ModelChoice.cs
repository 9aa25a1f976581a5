using System.Globalization;

namespace Simulator.Core.Calibration;

/// <summary>Choosing among fitted families by AIC, with a margin that favours fewer parameters.</summary>
internal static class ModelChoice
{
    /// <summary>
    /// The family with fewest parameters among those within <paramref name="margin"/> AIC units of the
    /// lowest; among equals in size, the lowest AIC. Candidates must be sorted by AIC.
    /// </summary>
    public static FittedDistribution Preferred(IReadOnlyList<FittedDistribution> candidates, double margin)
    {
        double best = candidates[0].Aic;
        return candidates
            .Where(c => c.Aic <= best + margin)
            .OrderBy(c => c.ParameterCount)
            .ThenBy(c => c.Aic)
            .First();
    }

    /// <summary>"ΔAIC: Lognormal 0.0, Gamma 41.3, Exponential 2210.5".</summary>
    public static string Describe(IReadOnlyList<FittedDistribution> candidates, FittedDistribution chosen) =>
        "ΔAIC " + string.Join(", ", candidates.Select(c => $"{c.Family} {(c.Aic - chosen.Aic).ToString("0.0", CultureInfo.InvariantCulture)}"));
}
