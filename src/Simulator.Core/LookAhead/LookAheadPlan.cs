using System.Globalization;
using Simulator.Core.Simulation;
using Simulator.Core.Units;

namespace Simulator.Core.LookAhead;

/// <summary>The forks of one look-ahead replication: doing nothing, and each action in the request's order.</summary>
public sealed record ForkOutcome(int Replication, ReplicationResult Baseline, IReadOnlyList<ReplicationResult> Actions);

/// <summary>
/// A look-ahead request checked against a centre's model and state and worked out on its clock: the window's end, the intervals reported,
/// how far each fork runs, and each action as controls at instants. Built the same on every silo from the same inputs, so replications run
/// anywhere give the same numbers.
/// </summary>
public sealed class LookAheadPlan
{
    private readonly CentreModel _model;
    private readonly CentreState _state;
    private readonly LookAheadRequest _request;
    private readonly IReadOnlyList<double>? _factors;
    private readonly List<(double At, Action<Replication> Apply)>[] _steps;

    private LookAheadPlan(CentreModel model, CentreState state, LookAheadRequest request)
    {
        _model = model;
        _state = state;
        _request = request;
        var horizon = model.Scenario.Horizon;
        var timeline = model.Timeline;
        if (request.Replications is < 1 or > LookAheadRequest.MaxReplications)
        {
            throw new ArgumentException($"a look-ahead runs 1 to {LookAheadRequest.MaxReplications} replications; not {request.Replications}");
        }
        if (request.Actions.Count > LookAheadRequest.MaxActions)
        {
            throw new ArgumentException($"a look-ahead evaluates at most {LookAheadRequest.MaxActions} actions at once; not {request.Actions.Count}");
        }
        if (request.ArrivalFactors is { } factors
            && (factors.Count != model.ContactTypes.Length || factors.Any(f => !double.IsFinite(f) || f < 0)))
        {
            throw new ArgumentException($"a look-ahead's arrival factors are one number ≥ 0 per contact type ({model.ContactTypes.Length}); not " +
                $"[{string.Join(", ", factors.Select(f => f.ToString(CultureInfo.InvariantCulture)))}]");
        }
        _factors = request.ArrivalFactors;

        double now = state.Now;
        DayIndex = Timeline.DayOf(now);
        double dayStart = DayIndex * Timeline.SecondsPerDay;
        double close = Math.Min(dayStart + timeline.OpenSeconds, timeline.End);
        At = horizon.Start + TimeSpan.FromSeconds(now - dayStart);
        var closing = horizon.Start + TimeSpan.FromSeconds(close - dayStart);
        if (now >= close)
        {
            throw new ArgumentException($"the centre has closed for the day (day {DayIndex + 1}, {UnitParser.FormatClock(At)}): there is nothing left of it " +
                "to look ahead to");
        }
        double end = close;
        if (request.Horizon is { } ahead)
        {
            if (ahead <= TimeSpan.Zero) throw new ArgumentException($"a look-ahead's horizon is a duration greater than 0, such as 4h; not {ahead}");
            if (now + ahead.TotalSeconds > close + 1e-6)
            {
                throw new ArgumentException($"a horizon of {UnitParser.FormatDuration(ahead)} from {UnitParser.FormatClock(At)} reaches past the day's close " +
                    $"at {UnitParser.FormatClock(closing)}: at most {UnitParser.FormatDuration(TimeSpan.FromSeconds(Math.Floor(close - now)))}");
            }
            end = Math.Min(close, now + ahead.TotalSeconds);
        }
        Until = horizon.Start + TimeSpan.FromSeconds(end - dayStart);

        // The window: from the interval now falls in to the last that starts before its end; forks run one interval past it (at most to the
        // close), so contacts arriving late in the window are mostly answered or abandoned when it is read.
        int perDay = timeline.IntervalsPerDay;
        int firstOfDay = DayIndex * perDay;
        FirstInterval = Math.Clamp(firstOfDay + (int)Math.Floor((now - dayStart) / timeline.IntervalSeconds), firstOfDay, firstOfDay + perDay - 1);
        LastInterval = Math.Clamp(firstOfDay + (int)Math.Ceiling((end - dayStart) / timeline.IntervalSeconds) - 1, FirstInterval, firstOfDay + perDay - 1);
        RunsUntil = end >= close ? close : Math.Min(close, timeline.IntervalEnd(LastInterval) + timeline.IntervalSeconds);

        _steps = [.. request.Actions.Select(action => Steps(action, now, dayStart, close, closing))];
    }

    /// <summary>
    /// Checks <paramref name="request"/> against the model and the state: an <see cref="ArgumentException"/> saying what is wrong if it does
    /// not fit.
    /// </summary>
    public static LookAheadPlan Create(CentreModel model, CentreState state, LookAheadRequest request) => new(model, state, request);

    public LookAheadRequest Request => _request;

    public CentreModel Model => _model;

    /// <summary>The day looked ahead in (0-based).</summary>
    public int DayIndex { get; }

    public TimeSpan At { get; }

    public TimeSpan Until { get; }

    public int FirstInterval { get; }

    public int LastInterval { get; }

    /// <summary>The instant every fork runs to.</summary>
    public double RunsUntil { get; }

    /// <summary>Replication <paramref name="replication"/> (0-based): the fork that does nothing and one per action, on the same streams.</summary>
    public ForkOutcome Run(int replication)
    {
        var baseline = Fork(replication, []);
        var actions = _steps.Select(steps => Fork(replication, steps)).ToArray();
        return new ForkOutcome(replication, baseline, actions);
    }

    private ReplicationResult Fork(int replication, List<(double At, Action<Replication> Apply)> steps)
    {
        var fork = Replication.Resume(_model, _state, _request.Seed, replication, _request.Residuals, _factors);
        foreach (var (at, apply) in steps)
        {
            fork.RunUntil(at);
            apply(fork);
        }
        fork.RunUntil(RunsUntil);
        return fork.Result;
    }

    /// <summary>The result of all replications' forks (in any order; each replication once).</summary>
    public LookAheadResult Summarise(IReadOnlyList<ForkOutcome> outcomes)
    {
        var ordered = outcomes.OrderBy(o => o.Replication).ToArray();
        if (ordered.Length != _request.Replications || ordered.Select(o => o.Replication).Distinct().Count() != ordered.Length)
        {
            throw new ArgumentException($"a look-ahead of {_request.Replications} replications got {ordered.Length} distinct outcomes");
        }
        var kpis = LookAheadResult.Kpis;
        var horizon = _model.Scenario.Horizon;
        var intervals = new List<IntervalForecast>();
        for (int i = FirstInterval; i <= LastInterval; i++)
        {
            int interval = i;
            var values = ordered.Select(o => LookAheadKpis.Of(_model, o.Baseline, interval, interval)).ToArray();
            intervals.Add(new IntervalForecast(i, horizon.IntervalOpening(i).Start, Forecasts(values)));
        }
        var window = ordered.Select(o => LookAheadKpis.Of(_model, o.Baseline, FirstInterval, LastInterval)).ToArray();
        var day = ordered.Select(o => LookAheadKpis.OfDay(_model, o.Baseline, DayIndex)).ToArray();
        var effects = _request.Actions.Select((action, a) =>
        {
            var actionWindow = ordered.Select(o => LookAheadKpis.Of(_model, o.Actions[a], FirstInterval, LastInterval)).ToArray();
            var actionDay = ordered.Select(o => LookAheadKpis.OfDay(_model, o.Actions[a], DayIndex)).ToArray();
            return new ActionEffect(action.Describe(), Differences(day, actionDay), Differences(window, actionWindow));
        }).ToArray();
        return new LookAheadResult(DayIndex + 1, At, Until, _request.Replications, _request.Seed, _request.Residuals, intervals, Forecasts(window),
            Forecasts(day), effects);

        Dictionary<string, KpiForecast> Forecasts(PerKpi<double>[] values) => kpis.ToDictionary(
            k => KpiCatalogue.Of(k).Name,
            k => KpiForecast.From(values.Select(v => v[k]), KpiCatalogue.Of(k).Lowest, KpiCatalogue.Of(k).Highest));

        // Paired, replication by replication; a replication where either side is undefined (no contacts answered, say) drops out.
        Dictionary<string, KpiForecast> Differences(PerKpi<double>[] none, PerKpi<double>[] with) => kpis.ToDictionary(
            k => KpiCatalogue.Of(k).Name,
            k => KpiForecast.From(none.Zip(with, (n, w) => w[k] - n[k]), double.NegativeInfinity, double.PositiveInfinity));
    }

    /// <summary>An action as controls at instants of the fork's clock, checked against the model and the day.</summary>
    private List<(double At, Action<Replication> Apply)> Steps(CentreAction action, double now, double dayStart, double close, TimeSpan closing)
    {
        double When(TimeSpan? timeOfDay, string what)
        {
            if (timeOfDay is not { } t) return now;
            double at = dayStart + (t - _model.Scenario.Horizon.Start).TotalSeconds;
            if (at < now - 1e-6 || at > close + 1e-6)
            {
                throw new ArgumentException($"{action.Describe()}: {what} {UnitParser.FormatClock(t)} is not between now ({UnitParser.FormatClock(At)}) and " +
                    $"the day's close ({UnitParser.FormatClock(closing)})");
            }
            return Math.Max(now, at);
        }
        switch (action.Kind)
        {
            case ActionKind.AddAgents:
                {
                    _model.GroupIndex(action.Target);
                    if (action.Agents == 0) throw new ArgumentException($"{action.Describe()}: add or remove at least one agent");
                    return [(When(action.At, "its start"), r => r.AddAgents(action.Target, action.Agents))];
                }
            case ActionKind.SwitchBot:
                {
                    int type = _model.TypeIndex(action.Target);
                    if (_model.ContactTypes[type].Bot is null)
                    {
                        throw new ArgumentException(
                            $"contact type '{action.Target}' has no bot in the scenario; give it an 'automation' block to switch one on");
                    }
                    return [(When(action.At, "its start"), r => r.SetBot(action.Target, action.On))];
                }
            case ActionKind.Surge:
                {
                    _model.TypeIndex(action.Target);
                    if (!double.IsFinite(action.Factor) || action.Factor < 0)
                    {
                        throw new ArgumentException($"a surge factor is a number ≥ 0, such as 1.5; not {action.Factor.ToString(CultureInfo.InvariantCulture)}");
                    }
                    return [(When(action.At, "its start"), r => r.Surge(action.Target, action.Factor))];
                }
            case ActionKind.MoveTraining:
                {
                    _model.GroupIndex(action.Target);
                    if (action.Agents <= 0) throw new ArgumentException($"{action.Describe()}: a training session takes at least one agent");
                    if (action.Length is not { } length || length <= TimeSpan.Zero || action.To is null)
                    {
                        throw new ArgumentException($"moving a training session needs where it is, where it goes and how long it lasts (a duration > 0)");
                    }
                    double from = When(action.At, "the session's current start"), to = When(action.To, "the session's new start");
                    double fromEnd = When(action.At + length, "the session's current end"), toEnd = When(action.To + length, "the session's new end");
                    return [.. new (double At, Action<Replication> Apply)[]
                {
                    (from, r => r.AddAgents(action.Target, action.Agents)),
                    (fromEnd, r => r.AddAgents(action.Target, -action.Agents)),
                    (to, r => r.AddAgents(action.Target, -action.Agents)),
                    (toEnd, r => r.AddAgents(action.Target, action.Agents)),
                }.OrderBy(s => s.At)];
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action.Kind, "an action kind this version does not know");
        }
    }
}
