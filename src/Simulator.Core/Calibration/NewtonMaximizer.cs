using MathNet.Numerics.LinearAlgebra;

namespace Simulator.Core.Calibration;

/// <summary>The maximum of a smooth log-likelihood and the inverse of its observed information there.</summary>
internal sealed record MaximumLikelihood(double[] Parameters, double LogLikelihood, Matrix<double> Covariance, bool Converged);

/// <summary>
/// Newton's method with a backtracking line search on a log-likelihood of a few parameters, with
/// derivatives by central differences. Likelihoods here have two or three parameters and are cheap
/// (they run over distinct durations, not rows), so numerical derivatives cost little and keep every
/// family's code to its density and survival.
/// </summary>
internal static class NewtonMaximizer
{
    private const int MaxIterations = 200;
    private const double RelativeStep = 1e-4;

    public static MaximumLikelihood Maximize(Func<double[], double> logLikelihood, double[] start)
    {
        var p = (double[])start.Clone();
        double value = logLikelihood(p);
        if (!double.IsFinite(value)) throw new ArgumentException("The starting point of a likelihood search must have a finite likelihood.", nameof(start));

        bool converged = false;
        for (int iteration = 0; iteration < MaxIterations && !converged; iteration++)
        {
            var (gradient, hessian) = Derivatives(logLikelihood, p, value);
            var direction = AscentDirection(gradient, hessian);

            double step = 1;
            double[] candidate = Shifted(p, direction, step);
            double candidateValue = logLikelihood(candidate);
            while (!(candidateValue >= value) && step > 1e-12)
            {
                step /= 2;
                candidate = Shifted(p, direction, step);
                candidateValue = logLikelihood(candidate);
            }
            if (!(candidateValue >= value)) break;

            double largestMove = direction.Select(d => Math.Abs(d * step)).Max();
            converged = largestMove < 1e-10 || (candidateValue - value < 1e-12 * (1 + Math.Abs(value)) && largestMove < 1e-6);
            p = candidate;
            value = candidateValue;
        }

        var (_, finalHessian) = Derivatives(logLikelihood, p, value);
        var information = -finalHessian;
        var covariance = information.Determinant() > 0 && IsPositiveDefinite(information)
            ? information.Inverse()
            : Matrix<double>.Build.Dense(p.Length, p.Length, double.PositiveInfinity);
        return new MaximumLikelihood(p, value, covariance, converged);
    }

    /// <summary>Newton's direction where the Hessian is negative definite, else the gradient scaled by the curvature's size.</summary>
    private static double[] AscentDirection(Vector<double> gradient, Matrix<double> hessian)
    {
        var information = -hessian;
        if (IsPositiveDefinite(information)) return information.Cholesky().Solve(gradient).ToArray();
        double scale = Math.Max(1e-8, information.Diagonal().Select(Math.Abs).Max());
        return gradient.Select(g => g / scale).ToArray();
    }

    private static bool IsPositiveDefinite(Matrix<double> matrix)
    {
        if (matrix.Enumerate().Any(v => !double.IsFinite(v))) return false;
        try
        {
            return matrix.Cholesky().Determinant > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static double[] Shifted(double[] p, double[] direction, double step)
    {
        var result = new double[p.Length];
        for (int i = 0; i < p.Length; i++) result[i] = p[i] + step * direction[i];
        return result;
    }

    private static (Vector<double> Gradient, Matrix<double> Hessian) Derivatives(Func<double[], double> f, double[] p, double center)
    {
        int k = p.Length;
        var h = p.Select(v => RelativeStep * Math.Max(1, Math.Abs(v))).ToArray();
        var gradient = Vector<double>.Build.Dense(k);
        var hessian = Matrix<double>.Build.Dense(k, k);
        var plus = new double[k];
        var minus = new double[k];
        for (int i = 0; i < k; i++)
        {
            plus[i] = f(Shifted(p, Unit(k, i), h[i]));
            minus[i] = f(Shifted(p, Unit(k, i), -h[i]));
            gradient[i] = (plus[i] - minus[i]) / (2 * h[i]);
            hessian[i, i] = (plus[i] - 2 * center + minus[i]) / (h[i] * h[i]);
        }
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                double Corner(int si, int sj)
                {
                    var q = (double[])p.Clone();
                    q[i] += si * h[i];
                    q[j] += sj * h[j];
                    return f(q);
                }
                double mixed = (Corner(1, 1) - Corner(1, -1) - Corner(-1, 1) + Corner(-1, -1)) / (4 * h[i] * h[j]);
                hessian[i, j] = mixed;
                hessian[j, i] = mixed;
            }
        }
        return (gradient, hessian);
    }

    private static double[] Unit(int k, int i)
    {
        var e = new double[k];
        e[i] = 1;
        return e;
    }

    /// <summary>The gradient of a scalar function of the parameters, for the delta method.</summary>
    public static double[] Gradient(Func<double[], double> g, double[] p)
    {
        var gradient = new double[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            double h = RelativeStep * Math.Max(1, Math.Abs(p[i]));
            gradient[i] = (g(Shifted(p, Unit(p.Length, i), h)) - g(Shifted(p, Unit(p.Length, i), -h))) / (2 * h);
        }
        return gradient;
    }
}
