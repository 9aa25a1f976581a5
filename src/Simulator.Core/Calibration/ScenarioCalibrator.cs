using Simulator.Core.Analytics;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Calibration;

/// <summary>
/// Fits a template scenario to what really happened (docs/calibration.md, "ccsim calibrate"): handle time and
/// patience per contact type from the history, then an effective availability per interval (or per block of thin
/// intervals) solved by simulation with common random numbers, so that the simulated abandonment and ASA match the
/// observed within their sampling error. Where a contact log names the agent of every answered contact, availability is
/// measured from it instead (<see cref="AvailableAgents"/>): a count carries none of the abandon count's noise, which a
/// per-interval search would fit (docs/calibration.md, "Availability").
/// Otherwise Erlang A, with real numbers of agents, gives the search its starting point. The calibrated scenario is the
/// history's own days: its volumes per interval and heads, the fitted durations, and the availability as shrinkage per
/// interval. Redial, repeat and bot policies are left out of it, since the history's offered contacts already include
/// the redials and repeats, and no longer the contacts a bot kept.
/// </summary>
public static class ScenarioCalibrator
{
    public static ScenarioCalibration Calibrate(Scenario template, ObservedDay observed, CalibrationOptions? options = null, IList<string>? notes = null,
        CancellationToken cancellationToken = default)
    {
        options ??= CalibrationOptions.Default;
        var said = new List<string>(notes ?? []);
        double offered = observed.Offered.Sum();
        if (offered < options.MinimumContacts)
        {
            throw new InputException($"{observed.Source}: {offered:N0} contacts offered in the template's opening hours; calibration needs at least " +
                $"{options.MinimumContacts:N0} "
                + "to say anything about handle time, patience or availability.");
        }

        var types = template.ContactTypes.Select((type, t) => CalibrateType(template, type, t, observed)).ToList();
        foreach (var type in types.Where(t => t.PatienceKeptFromTemplate)) said.Add($"{type.Id}: {type.PatienceSource}");

        var horizon = template.Horizon with { Days = observed.Days, Warmup = TimeSpan.Zero };
        var history = template with
        {
            Horizon = horizon,
            Replications = options.Replications,
            ContactTypes = [.. template.ContactTypes.Select((type, t) => type with
            {
                Arrivals = new IntervalVolumes(observed.OfferedByType.Select(perType => perType[t]).ToValueList()),
                Redial = null,
                Resolution = ResolutionPolicy.AlwaysResolved,
                Automation = null,
            })],
            AgentGroups = [.. template.AgentGroups.Select(g => g with { Agents = HeadsOf(g, observed, template.AgentGroups.Count) })],
        };
        var before = ExperimentRunner.Run(history, options.MaxParallelism, cancellationToken: cancellationToken);
        var fitted = history with
        {
            ContactTypes = [.. history.ContactTypes.Select((type, t) => type with { HandleTime = types[t].HandleTime, WrapUp = null,
                Patience = types[t].Patience })],
        };

        var targets = Enumerable.Range(0, observed.Intervals).Select(i => new AvailabilityTarget(
            observed.Heads[i], observed.Offered[i], observed.Abandoned[i], observed.Answered[i],
            observed.AverageSpeedOfAnswerSeconds[i], observed.AverageSpeedOfAnswerStandardError[i])).ToList();
        var response = new SimulatedStaffingResponse(fitted, observed.Heads, options.MaxParallelism, cancellationToken);
        AvailabilitySolution? searched = null;
        IReadOnlyList<double> effective;
        if (observed.AvailableAgents is { } measured)
        {
            // Agent ids count the available agents; no search by simulation, which would fit each interval's abandons and so their noise.
            effective = [.. measured.Select((agents, i) => Math.Min(agents, observed.Heads[i]))];
            said.Add("Availability measured from the contact log's agent ids: each agent's busy time, and its idle time while no contact waited.");
        }
        else
        {
            var blocks = AvailabilityBlocks.Consecutive(targets, options.MinimumOfferedPerBlock, horizon.IntervalsPerDay);
            var start = StartingFactors(fitted, observed, targets, blocks);
            searched = AvailabilitySolver.Solve(response, targets, new AvailabilitySolverOptions
            {
                Blocks = blocks, InitialFactors = start,
                MaximumFactor = 1
            });
            if (!searched.Converged) said.Add(searched.Reason);
            effective = [.. searched.Intervals.Select(i => i.EffectiveAgents)];
        }
        var calibrated = response.WithAvailability(effective) with { Replications = template.Replications };
        var after = ExperimentRunner.Run(calibrated with { Replications = options.Replications }, options.MaxParallelism, cancellationToken: cancellationToken);
        var solution = searched ?? Measured(observed, targets, effective, after);

        var beforeIntervals = SimulatedStaffingResponse.Responses(before);
        var afterIntervals = SimulatedStaffingResponse.Responses(after);
        var intervals = Enumerable.Range(0, observed.Intervals).Select(i => new IntervalCalibration(
            IntervalStart(horizon, observed.From, i),
            observed.Heads[i],
            effective[i],
            observed.Offered[i],
            observed.Offered[i] > 0 ? observed.Abandoned[i] / observed.Offered[i] : 0,
            observed.AverageSpeedOfAnswerSeconds[i],
            beforeIntervals[i],
            afterIntervals[i])).ToList();
        return new ScenarioCalibration(calibrated, types, intervals, Compare(before, observed), Compare(after, observed), solution, said);
    }

    /// <summary>Availability measured, not searched for: no simulations spent on it, and what the calibrated scenario then does per interval.</summary>
    private static AvailabilitySolution Measured(ObservedDay observed, IReadOnlyList<AvailabilityTarget> targets, IReadOnlyList<double> effective,
        ExperimentResult after)
    {
        var modelled = SimulatedStaffingResponse.Responses(after);
        var intervals = Enumerable.Range(0, observed.Intervals).Select(i => new IntervalAvailability(
            i, i * observed.Days / observed.Intervals, targets[i].Heads, effective[i], modelled[i].AbandonmentRate,
            targets[i].Offered > 0 ? targets[i].Abandoned / targets[i].Offered : 0, modelled[i].AverageSpeedOfAnswerSeconds,
            targets[i].AverageSpeedOfAnswerSeconds)).ToList();
        return new AvailabilitySolution(true, 0, "Availability measured from the contact log's agent ids.", [], intervals) { Measured = true };
    }

    /// <summary>When interval <paramref name="i"/> of the history starts, day 1 being <paramref name="from"/>.</summary>
    private static DateTime IntervalStart(Horizon horizon, DateOnly from, int i)
    {
        var (day, start) = horizon.IntervalOpening(i);
        return from.AddDays(day - 1).ToDateTime(TimeOnly.MinValue) + start;
    }

    /// <summary>A group's heads per interval over the history: its share of the history's heads (by its template heads), rounded to whole heads.</summary>
    private static StaffingLevels HeadsOf(AgentGroup group, ObservedDay observed, int groups)
    {
        if (groups == 1) return StaffingLevels.Plan(observed.Heads.Select(h => (int)Math.Round(h)));
        return StaffingLevels.Plan(Enumerable.Range(0, observed.Intervals).Select(i => group.Agents.At(i)));
    }

    private static TypeCalibration CalibrateType(Scenario template, ContactType type, int t, ObservedDay observed)
    {
        DurationDistribution handle = type.HandleTime;
        string handleSource;
        DurationFit? handleFit = null;
        if (observed.FromContactLog && observed.HandleSeconds[t].Length > 0)
        {
            handleFit = DurationFitter.Fit(observed.HandleSeconds[t]);
            (handle, handleSource) = handleFit.Status switch
            {
                DurationFitStatus.Fitted => (Distribution(handleFit.Chosen!), $"{handleFit.Reason}"),
                DurationFitStatus.Empirical => (Empirical(observed.HandleSeconds[t]), $"{handleFit.Reason} Drawn from the observed handle times."),
                DurationFitStatus.NotEnoughData => (type.HandleTime, $"{handleFit.Reason} Kept the template's."),
                _ => throw new InvalidOperationException(handleFit.Status.ToString()),
            };
        }
        else if (double.IsFinite(observed.AverageHandleSeconds[t]))
        {
            handle = type.HandleTime with
            {
                Mean = TimeSpan.FromSeconds(observed.AverageHandleSeconds[t]),
                Samples = null,
                Family = type.HandleTime.Family == DistributionFamily.Empirical ? DistributionFamily.Exponential : type.HandleTime.Family
            };
            handleSource = $"the history's AHT, {observed.AverageHandleSeconds[t]:F1} s (answered-weighted over its intervals), in the template's family.";
        }
        else
        {
            handleSource = "the history has no handle times: kept the template's.";
        }

        if (type.Channel == Channel.Email) return new TypeCalibration(type.Id, handle, handleSource, handleFit, null, "email: nobody abandons.", false, null,
            null);
        if (observed.FromContactLog)
        {
            var fit = PatienceEstimator.Estimate(observed.Waits[t]);
            if (fit.Status != EstimateStatus.Estimated || fit.Candidates.Count == 0)
            {
                return new TypeCalibration(type.Id, handle, handleSource, handleFit, type.Patience,
                    $"patience not identifiable ({fit.Reason}); kept the template's.", true, fit, null);
            }
            var usable = fit.Chosen is { Family: not FittedFamily.Weibull } chosen ? chosen : fit.Candidates.First(c => c.Family != FittedFamily.Weibull);
            string why = usable == fit.Chosen ? fit.Reason : $"{fit.Reason} The scenario format draws no Weibull, so the best other family ({usable.Family}) " +
                $"is used.";
            return new TypeCalibration(type.Id, handle, handleSource, handleFit, Distribution(usable), why, false, fit, null);
        }
        var pooled = IntervalPatienceEstimator.Estimate(observed.IntervalsByType[t]);
        if (pooled.Status != EstimateStatus.Estimated || pooled.MeanPatienceSeconds is not { } mean)
        {
            return new TypeCalibration(type.Id, handle, handleSource, handleFit, type.Patience,
                $"patience not identifiable ({pooled.Reason}); kept the template's.", true, null, pooled);
        }
        return new TypeCalibration(type.Id, handle, handleSource, handleFit, DurationDistribution.Exponential(TimeSpan.FromSeconds(mean.Value)), pooled.Reason,
            false, null, pooled);
    }

    private static DurationDistribution Distribution(FittedDistribution fit) => fit.Family switch
    {
        FittedFamily.Exponential => DurationDistribution.Exponential(TimeSpan.FromSeconds(fit.MeanSeconds.Value)),
        FittedFamily.Lognormal => new DurationDistribution(DistributionFamily.Lognormal, TimeSpan.FromSeconds(fit.MeanSeconds.Value),
            fit.CoefficientOfVariation.Value),
        FittedFamily.Gamma => new DurationDistribution(DistributionFamily.Gamma, TimeSpan.FromSeconds(fit.MeanSeconds.Value), fit.CoefficientOfVariation.Value),
        FittedFamily.Weibull => throw new ArgumentException("The scenario format draws no Weibull durations.", nameof(fit)),
        _ => throw new ArgumentOutOfRangeException(nameof(fit), fit.Family, null),
    };

    /// <summary>An empirical distribution of at most 1,000 evenly spaced quantiles of the observed durations (the file stays readable).</summary>
    private static DurationDistribution Empirical(double[] seconds)
    {
        var sorted = seconds.Where(s => s > 0).Order().ToArray();
        int count = Math.Min(1_000, sorted.Length);
        var samples = Enumerable.Range(0, count).Select(k => TimeSpan.FromSeconds(sorted[(int)((k + 0.5) * sorted.Length / count)])).ToValueList();
        return new DurationDistribution(DistributionFamily.Empirical, TimeSpan.FromSeconds(sorted.Average()), null, samples);
    }

    /// <summary>Erlang A's answer with real numbers of agents, each type's workload pooled per interval: where the simulation's search starts.</summary>
    private static IReadOnlyList<double>? StartingFactors(Scenario fitted, ObservedDay observed, IReadOnlyList<AvailabilityTarget> targets,
        IReadOnlyList<int> blocks)
    {
        var length = fitted.Horizon.Interval;
        var workloads = new List<IntervalWorkload>(observed.Intervals);
        for (int i = 0; i < observed.Intervals; i++)
        {
            double volume = 0, work = 0, patience = 0;
            for (int t = 0; t < fitted.ContactTypes.Count; t++)
            {
                var type = fitted.ContactTypes[t];
                double v = observed.OfferedByType[i][t];
                volume += v;
                work += v * type.AverageHandleTime.TotalSeconds;
                patience += v * (type.Patience?.Mean.TotalSeconds ?? 1e7);
            }
            workloads.Add(volume > 0
                ? new IntervalWorkload(volume, length, TimeSpan.FromSeconds(work / volume), TimeSpan.FromSeconds(patience / volume))
                : new IntervalWorkload(0, length, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));
        }
        try
        {
            var analytic = AvailabilitySolver.Solve(new ErlangAStaffingResponse(workloads), targets,
                new AvailabilitySolverOptions { Blocks = blocks, MaximumFactor = 1, MaximumEvaluations = 60 });
            return [.. analytic.Intervals.Select(i => i.Heads > 0 ? Math.Clamp(i.EffectiveAgents / i.Heads, 0.05, 1) : 1)];
        }
        catch (ArgumentException)
        {
            return null; // a type without patience: no Erlang A start, the search starts from the heads
        }
    }

    private static DayComparison Compare(ExperimentResult simulated, ObservedDay observed)
    {
        double offered = observed.Offered.Sum(), answered = observed.Answered.Sum();
        double? within = observed.AnsweredWithinThreshold.All(w => w is not null) ? observed.AnsweredWithinThreshold.Sum(w => w!.Value) : null;
        double asaWeighted = Enumerable.Range(0, observed.Intervals).Sum(i => (observed.AverageSpeedOfAnswerSeconds[i] ?? 0) * observed.Answered[i]);
        bool asaKnown = Enumerable.Range(0, observed.Intervals).All(i => observed.Answered[i] == 0 || observed.AverageSpeedOfAnswerSeconds[i] is not null);
        return new DayComparison(
            new ObservedKpi(simulated.Overall[Kpi.ServiceLevel], within is double w2 && offered > 0 ? w2 / offered : null),
            new ObservedKpi(simulated.Overall[Kpi.AbandonmentRate], offered > 0 ? observed.Abandoned.Sum() / offered : null),
            new ObservedKpi(simulated.Overall[Kpi.AverageSpeedOfAnswerSeconds], asaKnown && answered > 0 ? asaWeighted / answered : null));
    }
}
