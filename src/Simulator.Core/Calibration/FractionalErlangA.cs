using MathNet.Numerics;
using Simulator.Core.Analytics;

namespace Simulator.Core.Calibration;

/// <summary>
/// Erlang A (M/M/N+M) for a real number of agents, so an availability of 7.3 agents is 7.3 and not 7:
/// calibration's unknowns are fractions of head-counts. Erlang B takes its standard continuous extension
/// 1/B(N, A) = A·∫₀^∞ e^(−At)(1 + t)^N dt (Jagerman 1974), evaluated at the fractional part from the upper
/// incomplete gamma function and carried up by the usual recursion; the Erlang A formulas of
/// <see cref="ErlangA"/> (Garnett, Mandelbaum &amp; Reiman 2002; Mandelbaum &amp; Zeltyn 2009) hold unchanged
/// with a = Nμ/θ real. At whole N the results equal <see cref="ErlangA"/>'s.
/// </summary>
public static class FractionalErlangA
{
    public static QueueOutcome Evaluate(double arrivalsPerSecond, double handleSeconds, double patienceSeconds, double agents)
    {
        var (waiting, abandonment, shape, scaled) = Solve(arrivalsPerSecond, handleSeconds, patienceSeconds, agents);
        if (arrivalsPerSecond == 0) return new QueueOutcome(0, 0, 0, 0);
        double answered = 1 - abandonment;
        double? averageSpeedOfAnswer = answered <= 0 ? null
            : waiting == 0 ? 0
            : waiting * AnsweredWaitGivenWait(shape, scaled) * patienceSeconds / answered;
        return new QueueOutcome(waiting, abandonment, averageSpeedOfAnswer, abandonment * patienceSeconds);
    }

    /// <summary>The abandonment rate alone, without the cost of the answer-speed sum.</summary>
    public static double AbandonmentRate(double arrivalsPerSecond, double handleSeconds, double patienceSeconds, double agents) =>
        Solve(arrivalsPerSecond, handleSeconds, patienceSeconds, agents).Abandonment;

    private static (double Waiting, double Abandonment, double Shape, double Scaled) Solve(double arrivalsPerSecond, double handleSeconds,
        double patienceSeconds, double agents)
    {
        if (!(arrivalsPerSecond >= 0) || !double.IsFinite(arrivalsPerSecond)) throw new ArgumentOutOfRangeException(nameof(arrivalsPerSecond),
            arrivalsPerSecond, "Arrivals per second must be zero or more.");
        if (!(handleSeconds > 0) || !double.IsFinite(handleSeconds)) throw new ArgumentOutOfRangeException(nameof(handleSeconds), handleSeconds,
            "Mean handle time must be positive.");
        if (!(patienceSeconds > 0) || !double.IsFinite(patienceSeconds)) throw new ArgumentOutOfRangeException(nameof(patienceSeconds), patienceSeconds,
            "Mean patience must be positive.");
        if (!(agents >= 0) || !double.IsFinite(agents)) throw new ArgumentOutOfRangeException(nameof(agents), agents, "Agents must be zero or more.");

        if (arrivalsPerSecond == 0) return (0, 0, 0, 0);
        if (agents == 0) return (1, 1, 0, 0);

        double traffic = arrivalsPerSecond * handleSeconds;
        double shape = agents * patienceSeconds / handleSeconds;   // a = Nμ/θ
        double scaled = arrivalsPerSecond * patienceSeconds;       // x = λ/θ
        double logJ = Math.Log(shape) + scaled - shape * Math.Log(scaled) + IncompleteGamma.LogLower(shape, scaled);
        double blocking = Blocking(agents, traffic);

        double inverseJ = Math.Exp(-logJ);
        double waiting = Math.Clamp(1 / (Math.Exp(-logJ - Math.Log(blocking)) + 1 - inverseJ), 0, 1);
        double servedGivenWait = Math.Clamp((1 - inverseJ) * agents / traffic, 0, 1);
        return (waiting, Math.Clamp(waiting * (1 - servedGivenWait), 0, 1), shape, scaled);
    }

    /// <summary>
    /// B(N, A) for real N ≥ 0: with s the fractional part, 1/B(s, A) = 1 + s·eᴬ·A^(−s)·Γ(s, A), then
    /// 1/B(s + k) = 1 + ((s + k)/A)·1/B(s + k − 1) for k = 1 … ⌊N⌋, which never forms Aᴺ or N!.
    /// </summary>
    public static double Blocking(double agents, double traffic)
    {
        if (traffic <= 0) return agents > 0 ? 0 : 1;
        int whole = (int)Math.Floor(agents);
        double fraction = agents - whole;
        double inverse = fraction == 0 ? 1 : 1 + fraction * ScaledUpperGamma(fraction, traffic);
        double perErlang = 1 / traffic;
        for (int k = 1; k <= whole; k++)
        {
            inverse = 1 + inverse * ((fraction + k) * perErlang);
            if (double.IsInfinity(inverse)) return 0;
        }
        return 1 / inverse;
    }

    /// <summary>
    /// eˣ·x^(−s)·Γ(s, x) for 0 &lt; s &lt; 1: by Legendre's continued fraction with the modified Lentz method
    /// where x ≥ s + 1 (Numerical Recipes §6.2), where it converges fast and eˣ never overflows; directly below.
    /// </summary>
    private static double ScaledUpperGamma(double s, double x)
    {
        if (x < s + 1) return Math.Exp(x - s * Math.Log(x)) * SpecialFunctions.GammaUpperIncomplete(s, x);

        const double tiny = 1e-300;
        double b = x + 1 - s;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10_000; i++)
        {
            double an = -i * (i - s);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16) break;
        }
        return h;
    }

    /// <summary>
    /// θ·E[wait·1{answered} | wait &gt; 0]: the sum <see cref="ErlangA"/> uses for its ASA, over m callers
    /// found waiting, weighted ∝ xᵐ/((a+1)⋯(a+m)), each contributing a/(a+m+1)·Σⱼ₌₁^(m+1) 1/(a+j); summed
    /// from the mode outwards until the terms vanish.
    /// </summary>
    private static double AnsweredWaitGivenWait(double shape, double scaled)
    {
        long mode = (long)Math.Max(0, Math.Ceiling(scaled - shape - 1));
        double harmonicAtMode = mode == 0
            ? 1 / (shape + 1)
            : SpecialFunctions.DiGamma(shape + mode + 2) - SpecialFunctions.DiGamma(shape + 1);

        double weightSum = 0, waitSum = 0;
        double weight = 1, harmonic = harmonicAtMode;
        for (long m = mode; ; m++)
        {
            weightSum += weight;
            waitSum += weight * shape / (shape + m + 1) * harmonic;
            weight *= scaled / (shape + m + 1);
            harmonic += 1 / (shape + m + 2);
            if (weight < weightSum * 1e-17) break;
        }
        weight = 1;
        harmonic = harmonicAtMode;
        for (long m = mode - 1; m >= 0; m--)
        {
            weight *= (shape + m + 1) / scaled;
            harmonic -= 1 / (shape + m + 2);
            weightSum += weight;
            waitSum += weight * shape / (shape + m + 1) * harmonic;
            if (weight < weightSum * 1e-17) break;
        }
        return waitSum / weightSum;
    }
}
