using MathNet.Numerics.LinearAlgebra;
using Simulator.Core.History;

namespace Simulator.Core.Forecasting;

/// <summary>
/// Poisson regression with a log link, fitted by iteratively reweighted least squares (McCullagh &amp;
/// Nelder, Generalized Linear Models, 2nd ed., §2.5), with prior weights per observation and Huber
/// weights on the Pearson residuals (c = <see cref="HuberConstant"/> robust standard deviations), so a
/// stray day that slipped past the outlier screen pulls the fit only a little.
/// </summary>
internal static class PoissonRegression
{
    public const double HuberConstant = 2.0;
    private const int MaximumIterations = 50;
    private const double Tolerance = 1e-9;

    /// <returns>Coefficients of the linear predictor log μ = X β.</returns>
    public static double[] Fit(double[][] design, double[] counts, double[] priorWeights)
    {
        int n = counts.Length, p = design[0].Length;
        var beta = new double[p];
        double mean = counts.Average();
        beta[0] = Math.Log(Math.Max(mean, 1e-6));
        var robust = Enumerable.Repeat(1.0, n).ToArray();
        var mu = new double[n];
        for (int iteration = 0; iteration < MaximumIterations; iteration++)
        {
            var normal = Matrix<double>.Build.Dense(p, p);
            var right = Vector<double>.Build.Dense(p);
            for (int i = 0; i < n; i++)
            {
                double eta = Dot(design[i], beta);
                mu[i] = Math.Exp(eta);
                double z = eta + (counts[i] - mu[i]) / mu[i];
                double w = priorWeights[i] * robust[i] * mu[i];
                for (int a = 0; a < p; a++)
                {
                    right[a] += w * design[i][a] * z;
                    for (int b = 0; b < p; b++) normal[a, b] += w * design[i][a] * design[i][b];
                }
            }
            var next = normal.Solve(right).ToArray();
            double change = next.Zip(beta, (x, y) => Math.Abs(x - y)).Max();
            beta = next;
            for (int i = 0; i < n; i++) mu[i] = Math.Exp(Dot(design[i], beta));
            var pearson = Enumerable.Range(0, n).Select(i => (counts[i] - mu[i]) / Math.Sqrt(mu[i])).ToArray();
            double scale = RobustStatistics.Scale(pearson);
            for (int i = 0; i < n; i++)
            {
                double size = Math.Abs(pearson[i]);
                robust[i] = scale > 0 && size > HuberConstant * scale ? HuberConstant * scale / size : 1;
            }
            if (change < Tolerance) break;
        }
        return beta;
    }

    public static double Dot(double[] x, double[] beta)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += x[i] * beta[i];
        return sum;
    }
}
