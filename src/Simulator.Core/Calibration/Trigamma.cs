namespace Simulator.Core.Calibration;

/// <summary>ψ′(x), the derivative of the digamma function, which MathNet.Numerics does not provide.</summary>
internal static class Trigamma
{
    /// <summary>
    /// ψ′(x) for x &gt; 0: the recurrence ψ′(x) = ψ′(x + 1) + 1/x² lifts x above 6, where the asymptotic series
    /// 1/x + 1/(2x²) + Σ B₂ₖ/x^(2k+1) (Abramowitz &amp; Stegun 6.4.12) is accurate to double precision.
    /// </summary>
    public static double Evaluate(double x)
    {
        if (!(x > 0)) throw new ArgumentOutOfRangeException(nameof(x), x, "The trigamma function is evaluated here for positive arguments only.");
        double result = 0;
        while (x < 6)
        {
            result += 1 / (x * x);
            x += 1;
        }
        double inverse = 1 / x;
        double inverseSquared = inverse * inverse;
        double series = inverse + inverseSquared / 2
            + inverse * inverseSquared * (1.0 / 6 - inverseSquared * (1.0 / 30 - inverseSquared * (1.0 / 42 - inverseSquared * (1.0 / 30
                - inverseSquared * 5.0 / 66))));
        return result + series;
    }
}
