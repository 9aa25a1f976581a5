namespace Simulator.Core.Calibration;

/// <summary>
/// Redials and repeats from a contact log whose customer ids repeat. A contact's return is the same
/// customer's next contact. Two readings: the share back within a window among contacts seen for a
/// whole window, with the delays fitted like handle times; and a censored mixture ("cure") model in
/// which a share π ever returns after an exponential delay, fitted to every contact with the end of the
/// log as censoring (Boag 1949; Maller &amp; Zhou 1996), which the scenario's <c>redial: {share, after}</c>
/// and <c>resolution: {rate, repeatAfter}</c> keys describe directly.
/// </summary>
public static class ReturnAnalyzer
{
    public static ReturnEstimate Analyse(ReadOnlySpan<CustomerContact> contacts, ReturnOptions? options = null)
    {
        options ??= ReturnOptions.Default;
        var level = ConfidenceLevel.Checked(options.Confidence);

        var byCustomer = new Dictionary<string, List<(double Arrival, bool Abandoned)>>(StringComparer.Ordinal);
        int withoutCustomer = 0;
        double lastArrival = double.NegativeInfinity;
        for (int i = 0; i < contacts.Length; i++)
        {
            var (customer, arrival, abandoned) = contacts[i];
            if (!double.IsFinite(arrival)) throw new ArgumentException($"Contact {i} arrives at {arrival}: arrivals are finite numbers of seconds.",
                nameof(contacts));
            lastArrival = Math.Max(lastArrival, arrival);
            if (string.IsNullOrEmpty(customer))
            {
                withoutCustomer++;
                continue;
            }
            if (!byCustomer.TryGetValue(customer, out var list)) byCustomer[customer] = list = [];
            list.Add((arrival, abandoned));
        }
        double end = options.ObservationEndSeconds ?? lastArrival;

        var redials = new List<Source>();
        var repeats = new List<Source>();
        foreach (var list in byCustomer.Values)
        {
            list.Sort((a, b) => a.Arrival.CompareTo(b.Arrival));
            for (int k = 0; k < list.Count; k++)
            {
                double? delay = k + 1 < list.Count ? list[k + 1].Arrival - list[k].Arrival : null;
                var source = new Source(end - list[k].Arrival, delay);
                (list[k].Abandoned ? redials : repeats).Add(source);
            }
        }

        return new ReturnEstimate(
            byCustomer.Count,
            withoutCustomer,
            Behaviour(redials, options.RedialWindowSeconds, options, level),
            Behaviour(repeats, options.RepeatWindowSeconds, options, level));
    }

    /// <param name="ObservedSeconds">From the contact to the end of the log.</param>
    /// <param name="DelaySeconds">To the customer's next contact; null when there is none in the log.</param>
    private readonly record struct Source(double ObservedSeconds, double? DelaySeconds);

    private static ReturnBehaviour Behaviour(List<Source> sources, double window, ReturnOptions options, ConfidenceLevel level)
    {
        var observed = sources.Where(s => s.ObservedSeconds >= window).ToList();
        var delays = observed.Where(s => s.DelaySeconds <= window).Select(s => s.DelaySeconds!.Value).ToArray();
        return new ReturnBehaviour(
            sources.Count,
            window,
            observed.Count,
            delays.Length,
            observed.Count > 0 ? Proportion.Wilson(delays.Length, observed.Count, level) : null,
            DurationFitter.Fit(delays, options.DelayFit),
            Mixture(sources, options.MaximumReturnDelaySeconds, level));
    }

    /// <summary>
    /// ℓ(π, m) = Σ_returned [ln π − ln m − d/m] + Σ_not yet [ln(1 − π + π·e^(−c/m))], with c the time
    /// observed (capped at the longest delay that counts as a return), maximised over (logit π, ln m);
    /// Wald intervals from the observed information on those scales.
    /// </summary>
    private static ReturnMixture Mixture(List<Source> sources, double maximumDelay, ConfidenceLevel level)
    {
        var returned = new List<double>();
        var waiting = new List<double>();
        foreach (var source in sources)
        {
            double horizon = Math.Min(source.ObservedSeconds, maximumDelay);
            if (source.DelaySeconds is double d && d <= horizon) returned.Add(d); else waiting.Add(horizon);
        }
        if (sources.Count == 0) return new ReturnMixture(EstimateStatus.NotIdentifiable, "No contacts of this kind.", null, null);
        if (returned.Count == 0)
        {
            return new ReturnMixture(EstimateStatus.NotIdentifiable,
                $"None of {sources.Count} customers came back within the log: no share or delay to estimate.", null, null);
        }

        var returnedTimes = TimeCounts.Complete(returned.ToArray());
        var waitingTimes = TimeCounts.Complete(waiting.ToArray());
        double LogLikelihood(double[] p)
        {
            double share = Logistic(p[0]);
            double mean = Math.Exp(p[1]);
            double sum = returnedTimes.TotalEvents * (Math.Log(share) - p[1]);
            for (int i = 0; i < returnedTimes.Count; i++) sum -= returnedTimes.Events[i] * returnedTimes.Times[i] / mean;
            for (int i = 0; i < waitingTimes.Count; i++) sum += waitingTimes.Events[i] * Math.Log(1 - share + share * Math.Exp(-waitingTimes.Times[i] / mean));
            return sum;
        }

        double startShare = Math.Clamp(returned.Count / (double)sources.Count, 0.01, 0.99);
        var fit = NewtonMaximizer.Maximize(LogLikelihood, [Math.Log(startShare / (1 - startShare)), Math.Log(Math.Max(1, returned.Average()))]);
        double shareValue = Logistic(fit.Parameters[0]);
        if (!fit.Converged || shareValue > 0.999 || !double.IsFinite(fit.Covariance[0, 0]))
        {
            return new ReturnMixture(EstimateStatus.NotIdentifiable,
                "The log is too short against the delays to tell how many come back from how late they come: see the windowed share.", null, null);
        }

        double z = level.NormalQuantile;
        double seLogit = Math.Sqrt(fit.Covariance[0, 0]);
        double seLogMean = Math.Sqrt(fit.Covariance[1, 1]);
        double meanValue = Math.Exp(fit.Parameters[1]);
        return new ReturnMixture(
            EstimateStatus.Estimated,
            $"{returned.Count} of {sources.Count} came back within the log; a share π returns after an exponential delay, the rest never, the log's end " +
                $"censoring.",
            new Estimate(shareValue, Logistic(fit.Parameters[0] - z * seLogit), Logistic(fit.Parameters[0] + z * seLogit),
                ConfidenceMethod.ObservedInformation),
            new Estimate(meanValue, meanValue * Math.Exp(-z * seLogMean), meanValue * Math.Exp(z * seLogMean), ConfidenceMethod.ObservedInformation));
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
