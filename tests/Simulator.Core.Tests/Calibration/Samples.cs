using MathNet.Numerics.Distributions;
using Simulator.Core.Randomness;

namespace Simulator.Core.Tests.Calibration;

/// <summary>Durations drawn from known distributions, by mean and coefficient of variation, with a fixed seed.</summary>
internal static class Samples
{
    public static IContinuousDistribution Lognormal(double mean, double cv, Random random)
    {
        double sigmaSquared = Math.Log(1 + cv * cv);
        return new LogNormal(Math.Log(mean) - sigmaSquared / 2, Math.Sqrt(sigmaSquared), random);
    }

    public static IContinuousDistribution Gamma(double mean, double cv, Random random) =>
        new Gamma(1 / (cv * cv), 1 / (cv * cv * mean), random);

    public static IContinuousDistribution Exponential(double mean, Random random) => new Exponential(1 / mean, random);

    public static double[] Draw(IContinuousDistribution distribution, int count)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++) values[i] = distribution.Sample();
        return values;
    }

    public static Random Generator(ulong seed) => new Xoshiro256StarStar(seed);
}
