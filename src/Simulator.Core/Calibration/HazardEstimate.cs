using MathNet.Numerics.Distributions;

namespace Simulator.Core.Calibration;

/// <summary>
/// The piecewise-constant hazard of abandonment, the maximum-likelihood estimate when the hazard is
/// taken as constant within each bin; Brown et al. (2005) read patience from such plots. A rising
/// hazard means customers grow less patient the longer they wait; a falling one, the opposite.
/// </summary>
internal static class HazardEstimate
{
    public static IReadOnlyList<HazardBin> Bins(TimeCounts data, int binCount, ConfidenceLevel level)
    {
        double totalWaiting = data.TotalEvents + data.TotalCensored;
        if (totalWaiting == 0 || data.Times[^1] <= 0) return [];

        double width = Math.Max(1, Math.Ceiling(Quantile(data, 0.95) / binCount));
        int bins = binCount + 1;
        var events = new double[bins];
        var exposure = new double[bins];
        for (int i = 0; i < data.Count; i++)
        {
            double t = data.Times[i];
            double weight = data.Events[i] + data.Censored[i];
            if (t <= 0) continue;
            // An abandon at exactly a bin's end belongs to that bin: (from, to].
            int bin = Math.Min(bins - 1, (int)Math.Ceiling(t / width) - 1);
            events[bin] += data.Events[i];
            for (int b = 0; b <= bin; b++)
            {
                double from = Math.Max(b * width, data.EntrySeconds);
                double to = b == bin ? t : (b + 1) * width;
                if (to > from) exposure[b] += weight * (to - from);
            }
        }

        var result = new List<HazardBin>(bins);
        for (int b = 0; b < bins; b++)
        {
            if (exposure[b] <= 0) continue;
            double to = b == bins - 1 ? double.PositiveInfinity : (b + 1) * width;
            result.Add(new HazardBin(b * width, to, events[b], exposure[b], Rate(events[b], exposure[b], level)));
        }
        return result;
    }

    /// <summary>Garwood (1936): the count's exact Poisson interval from χ² quantiles, divided by the exposure.</summary>
    internal static Estimate Rate(double events, double exposure, ConfidenceLevel level)
    {
        double low = events > 0 ? ChiSquared.InvCDF(2 * events, level.LowerTail) / 2 : 0;
        double high = ChiSquared.InvCDF(2 * events + 2, level.UpperTail) / 2;
        return new Estimate(events / exposure, low / exposure, high / exposure, ConfidenceMethod.ExactPoisson);
    }

    private static double Quantile(TimeCounts data, double probability)
    {
        double total = data.TotalEvents + data.TotalCensored;
        double cumulative = 0;
        for (int i = 0; i < data.Count; i++)
        {
            cumulative += data.Events[i] + data.Censored[i];
            if (cumulative >= probability * total) return data.Times[i];
        }
        return data.Times[^1];
    }
}
