using MathNet.Numerics;

namespace Simulator.Core.Analytics;

/// <summary>
/// Erlang A (Palm's M/M/N+M: exponential patience), after Garnett, Mandelbaum &amp; Reiman (2002) and
/// Mandelbaum &amp; Zeltyn, "The M/M/n+G queue: summary of performance measures" (2009).
/// With a = Nμ/θ, x = λ/θ, ρ = A/N and J = a·eˣ·x^(−a)·γ(a, x):
/// P(wait) = J·B / (1 + (J − 1)·B), P(abandon | wait) = 1/(ρJ) + 1 − 1/ρ, and a caller's virtual wait V
/// has P(V &gt; t | V &gt; 0) = γ(a, x·e^(−θt)) / γ(a, x). Everything runs in log space, so a million
/// agents or a patience of a year do not overflow.
/// </summary>
public sealed class ErlangA : IQueueModel
{
    private readonly double _traffic;
    private readonly double _patienceRatio; // patience / AHT = μ / θ
    private readonly double _abandonRatePerSecond; // θ

    public ErlangA(IntervalWorkload workload)
    {
        if (workload.AveragePatience is not TimeSpan patience || patience <= TimeSpan.Zero)
        {
            throw new ArgumentException("Erlang A needs a positive mean patience.", nameof(workload));
        }
        Workload = workload;
        _traffic = workload.CheckedTraffic();
        _patienceRatio = patience.TotalSeconds / workload.AverageHandleTime.TotalSeconds;
        _abandonRatePerSecond = 1.0 / patience.TotalSeconds;
    }

    public QueueModelKind Kind => QueueModelKind.ErlangA;

    public IntervalWorkload Workload { get; }

    public QueuePerformance Evaluate(int agents, ServiceLevelGoal goal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        var state = Solve(agents, ErlangB.Compute(agents, _traffic));
        double? averageSpeedOfAnswer = state.ProbabilityOfWaiting == 0 ? 0 : state.IsTrivial ? null : MeanAnsweredWait(state);
        return Describe(state, goal, averageSpeedOfAnswer);
    }

    public int RequiredAgents(ServiceLevelGoal goal)
    {
        if (_traffic == 0) return 0;

        // Service level and occupancy headroom both rise with every agent, so gallop from the
        // load to bracket the answer, then bisect: O(log N) evaluations. Erlang B values are
        // carried forward from the nearest smaller staffing already evaluated, so the whole
        // search costs one O(A) recursion rather than one per evaluation.
        var blockingCache = new ErlangBSeries(_traffic);
        bool Meets(int agents) => goal.IsMetBy(Describe(Solve(agents, blockingCache.At(agents)), goal, averageSpeedOfAnswer: 0));

        int low = 0; // known to fail (no agents answer nothing)
        int high = Math.Max(1, (int)Math.Ceiling(_traffic));
        int step = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(_traffic)));
        while (!Meets(high))
        {
            low = high;
            high = checked(high + step);
            step = checked(step * 2);
        }
        while (high - low > 1)
        {
            int middle = low + (high - low) / 2;
            if (Meets(middle)) high = middle; else low = middle;
        }
        return high;
    }

    /// <summary>
    /// The same measures for a pool whose departure rate below full depends on its state (chat agents): the
    /// pool's loss probability <paramref name="blocking"/> (all places taken, were there no queue) and its
    /// departure rate <paramref name="fullRatePerSecond"/> when full stand in for Erlang B and Nμ; a caller who
    /// waits sees exactly Erlang A's queue with that rate. Occupancy is left to the caller.
    /// </summary>
    internal QueuePerformance EvaluatePool(int agents, double blocking, double fullRatePerSecond, ServiceLevelGoal goal)
    {
        var state = Solve(agents, blocking, fullRatePerSecond / _abandonRatePerSecond);
        double? averageSpeedOfAnswer = state.ProbabilityOfWaiting == 0 ? 0 : state.IsTrivial ? null : MeanAnsweredWait(state);
        return Describe(state, goal, averageSpeedOfAnswer);
    }

    private QueuePerformance Describe(in State state, ServiceLevelGoal goal, double? averageSpeedOfAnswer)
    {
        double answeredWithin = AnsweredWithin(state, goal.AnswerWithin);
        double serviceLevel = goal.Definition switch
        {
            ServiceLevelDefinition.Offered => answeredWithin,
            ServiceLevelDefinition.Answered => Ratio(answeredWithin, 1 - state.AbandonmentRate),
            ServiceLevelDefinition.ExcludeShortAbandons =>
                Ratio(answeredWithin, 1 - AbandonedWithin(state, goal.EffectiveShortAbandonLimit)),
            _ => throw new ArgumentOutOfRangeException(nameof(goal), goal.Definition, "Unknown service-level definition."),
        };
        double occupancy = state.Agents == 0 ? 0 : Math.Min(1, _traffic * (1 - state.AbandonmentRate) / state.Agents);
        return new QueuePerformance(
            Kind,
            state.Agents,
            _traffic,
            state.ProbabilityOfWaiting,
            Math.Clamp(serviceLevel, 0, 1),
            averageSpeedOfAnswer,
            occupancy,
            state.AbandonmentRate,
            IsStable: true);
    }

    private static double Ratio(double numerator, double denominator) => denominator <= 0 ? 0 : numerator / denominator;

    /// <summary>The quantities every measure shares for one staffing level.</summary>
    private readonly record struct State(
        int Agents,
        double Shape,          // a = Nμ/θ
        double Scaled,         // x = λ/θ
        double LogGammaLower,  // ln γ(a, x)
        double ProbabilityOfWaiting,
        double ServedGivenWait,
        double AbandonmentRate,
        bool IsTrivial);

    private State Solve(int agents, double blocking) => Solve(agents, blocking, agents * _patienceRatio);

    /// <param name="shape">a = (departure rate with every agent busy) / θ: Nμ/θ for N agents.</param>
    private State Solve(int agents, double blocking, double shape)
    {
        if (_traffic == 0) return new State(agents, 0, 0, 0, 0, 1, 0, IsTrivial: true);
        if (agents == 0 || shape <= 0) return new State(agents, 0, 0, 0, 1, 0, 1, IsTrivial: true);

        double scaled = _traffic * _patienceRatio;
        double logGamma = IncompleteGamma.LogLower(shape, scaled);
        double logJ = Math.Log(shape) + scaled - shape * Math.Log(scaled) + logGamma;
        if (blocking == 0) return new State(agents, shape, scaled, logGamma, 0, 1, 0, IsTrivial: false);

        double inverseJ = Math.Exp(-logJ);
        double probabilityOfWaiting = 1 / (Math.Exp(-logJ - Math.Log(blocking)) + 1 - inverseJ);
        double load = scaled / shape; // λ / (rate when full): A / N for N agents
        double servedGivenWait = Math.Clamp((1 - inverseJ) / load, 0, 1);
        return new State(
            agents,
            shape,
            scaled,
            logGamma,
            Math.Clamp(probabilityOfWaiting, 0, 1),
            servedGivenWait,
            Math.Clamp(probabilityOfWaiting * (1 - servedGivenWait), 0, 1),
            IsTrivial: false);
    }

    /// <summary>
    /// Share of all arrivals answered within <paramref name="threshold"/>: those who never wait, plus
    /// P(wait)·P(V ≤ T, patience &gt; V | V &gt; 0) = P(wait)·[γ(a+1, x) − γ(a+1, x·e^(−θT))] / (x·γ(a, x)).
    /// </summary>
    private double AnsweredWithin(in State state, TimeSpan threshold)
    {
        if (state.ProbabilityOfWaiting == 0) return 1;
        if (state.IsTrivial) return 0;
        double atThreshold = state.Scaled * Math.Exp(-_abandonRatePerSecond * threshold.TotalSeconds);
        // γ(a+1, x)/(x·γ(a, x)) is P(answered | wait) itself, already in hand.
        double servedWithin = state.ServedGivenWait - GammaRatio(state, state.Shape + 1, atThreshold);
        return (1 - state.ProbabilityOfWaiting) + state.ProbabilityOfWaiting * Math.Clamp(servedWithin, 0, 1);
    }

    /// <summary>
    /// Share of all arrivals that abandon within <paramref name="limit"/>:
    /// P(wait)·∫₀^L θe^(−θu) P(V &gt; u | V &gt; 0) du, which integrates in closed form by parts to
    /// P(wait)·[(1 − γ(a+1,x)/(xγ(a,x))) − (y·γ(a,y) − γ(a+1,y))/(xγ(a,x))] with y = x·e^(−θL).
    /// </summary>
    private double AbandonedWithin(in State state, TimeSpan limit)
    {
        if (state.ProbabilityOfWaiting == 0) return 0;
        if (state.IsTrivial) return state.AbandonmentRate;
        double atLimit = state.Scaled * Math.Exp(-_abandonRatePerSecond * limit.TotalSeconds);
        double abandonedAfterLimit = atLimit * GammaRatio(state, state.Shape, atLimit) - GammaRatio(state, state.Shape + 1, atLimit);
        double abandonedGivenWait = (1 - state.ServedGivenWait) - abandonedAfterLimit;
        return state.ProbabilityOfWaiting * Math.Clamp(abandonedGivenWait, 0, 1);
    }

    /// <summary>γ(s, y) / (x·γ(a, x)), formed in log space.</summary>
    private static double GammaRatio(in State state, double shape, double y) =>
        y <= 0 ? 0 : Math.Exp(IncompleteGamma.LogLower(shape, y) - Math.Log(state.Scaled) - state.LogGammaLower);

    /// <summary>
    /// Mean wait of answered callers. A caller who finds m others waiting is answered after m + 1
    /// exponential stages of rates Nμ + kθ (k = m … 0) unless its own patience runs out first, so
    /// E[V·1{answered} | m] = −d/ds E[e^(−sV)] at s = θ = a/(a+m+1) · Σ_{j=1}^{m+1} 1/(θ(a+j)),
    /// and m is distributed ∝ x^m / ((a+1)⋯(a+m)) among callers who wait. The sum starts at the mode
    /// of that law and runs both ways until the terms vanish: exact, with no quadrature.
    /// </summary>
    private double MeanAnsweredWait(in State state)
    {
        double shape = state.Shape;
        double scaled = state.Scaled;
        long mode = (long)Math.Max(0, Math.Ceiling(scaled - shape - 1));

        // Harmonic part Σ_{j=1}^{m+1} 1/(a+j) at the mode: ψ(a+m+2) − ψ(a+1), or the single term at m = 0.
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

        double answeredWaitGivenWait = waitSum / weightSum / _abandonRatePerSecond;
        double answered = 1 - state.AbandonmentRate;
        return answered <= 0 ? 0 : state.ProbabilityOfWaiting * answeredWaitGivenWait / answered;
    }
}
