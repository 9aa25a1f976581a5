using Simulator.Core.History;
using Simulator.Core.Scenarios;
using Simulator.Core.Units;

namespace Simulator.Core.Calibration;

/// <summary>Lays a contact log or interval history on a template's opening hours and intervals (<see cref="ObservedDay"/>).</summary>
public static class ObservedDayBuilder
{
    /// <summary>From a contact log: every contact counted where it arrived; heads are the template's (a log does not state them).</summary>
    public static ObservedDay FromContactLog(IReadOnlyList<LoggedContact> rows, Scenario template, string source, List<string> notes)
    {
        var horizon = template.Horizon;
        int perDay = horizon.IntervalsPerDay, types = template.ContactTypes.Count;
        var typeIndex = TypeIndex(template, rows.Select(r => r.ContactType).Distinct(), source);
        var first = DateOnly.FromDateTime(rows.Min(r => r.Arrival));
        int days = DateOnly.FromDateTime(rows.Max(r => r.Arrival)).DayNumber - first.DayNumber + 1;
        CheckDays(days, source);
        var day = Empty(template, first, days, source, fromLog: true);
        var waitSums = new double[day.Intervals];
        var waitSquares = new double[day.Intervals];
        var handles = Enumerable.Range(0, types).Select(_ => new List<double>()).ToArray();
        var waits = Enumerable.Range(0, types).Select(_ => new List<WaitObservation>()).ToArray();
        var within = new double[day.Intervals];
        int outside = 0;
        var midnight = first.ToDateTime(TimeOnly.MinValue);
        var work = new List<AgentWork>();
        var waiting = new List<(double From, double To)>();
        bool everyAnswerHasAnAgent = true;
        foreach (var row in rows)
        {
            if (row.Outcome == ContactOutcome.Contained) continue;
            double arrival = (row.Arrival - midnight).TotalSeconds;
            if (row.WaitSeconds > 0 && double.IsFinite(row.WaitSeconds)) waiting.Add((arrival, arrival + row.WaitSeconds));
            if (row.Outcome == ContactOutcome.Answered && double.IsFinite(row.HandleSeconds))
            {
                if (string.IsNullOrEmpty(row.Agent)) everyAnswerHasAnAgent = false;
                else work.Add(new AgentWork(row.Agent, arrival + row.WaitSeconds, row.HandleSeconds));
            }
            var offset = row.Arrival.TimeOfDay - horizon.Start;
            if (offset < TimeSpan.Zero || offset >= horizon.End - horizon.Start)
            {
                outside++;
                continue;
            }
            int t = typeIndex[row.ContactType];
            int i = (DateOnly.FromDateTime(row.Arrival).DayNumber - first.DayNumber) * perDay + (int)(offset / horizon.Interval);
            day.OfferedByType[i][t]++;
            day.Offered[i]++;
            switch (row.Outcome)
            {
                case ContactOutcome.Answered:
                    day.Answered[i]++;
                    waitSums[i] += row.WaitSeconds;
                    waitSquares[i] += row.WaitSeconds * row.WaitSeconds;
                    if (row.WaitSeconds <= template.AnswerWithin(template.ContactTypes[t]).TotalSeconds) within[i]++;
                    if (double.IsFinite(row.HandleSeconds)) handles[t].Add(row.HandleSeconds);
                    waits[t].Add(new WaitObservation(row.WaitSeconds, Abandoned: false));
                    break;
                case ContactOutcome.Abandoned:
                    day.Abandoned[i]++;
                    waits[t].Add(new WaitObservation(row.WaitSeconds, Abandoned: true));
                    break;
                case ContactOutcome.Unanswered:
                    waits[t].Add(new WaitObservation(row.WaitSeconds, Abandoned: false));
                    break;
                case ContactOutcome.Contained:
                    break;
            }
        }
        if (outside > 0) notes.Add($"{outside:N0} contacts arrived outside the template's opening hours " +
            $"({UnitParser.FormatClock(horizon.Start)}–{UnitParser.FormatClock(horizon.End)}) and were left out.");
        for (int i = 0; i < day.Intervals; i++)
        {
            double n = day.Answered[i];
            day.AnsweredWithinThreshold[i] = within[i];
            if (n <= 0) continue;
            double mean = waitSums[i] / n;
            day.AverageSpeedOfAnswerSeconds[i] = mean;
            double variance = n > 1 ? Math.Max(0, (waitSquares[i] - n * mean * mean) / (n - 1)) : mean * mean;
            day.AverageSpeedOfAnswerStandardError[i] = Math.Sqrt(variance / n);
        }
        for (int t = 0; t < types; t++)
        {
            day.HandleSeconds[t] = [.. handles[t]];
            day.Waits[t] = [.. waits[t]];
            day.AverageHandleSeconds[t] = handles[t].Count > 0 ? handles[t].Average() : double.NaN;
        }
        FillIntervalsByType(day, template);
        if (everyAnswerHasAnAgent && work.Count > 0)
        {
            day.AvailableAgents = AvailableAgents.Measure(work, waiting, horizon.Start.TotalSeconds, horizon.End.TotalSeconds,
                horizon.Interval.TotalSeconds, days);
        }
        return day;
    }

    /// <summary>From interval history: offered, answered, abandoned, ASA, AHT and, where given, heads (else the template's).</summary>
    public static ObservedDay FromIntervalHistory(ContactHistory history, Scenario template, List<string> notes)
    {
        var horizon = template.Horizon;
        if (history.Grid.IsDaily || history.Grid.Interval != horizon.Interval)
        {
            throw new InputException($"{history.Source}: the history's intervals are " +
                $"{(history.Grid.IsDaily ? "days" : UnitParser.FormatDuration(history.Grid.Interval))}; "
                + $"the template's are {UnitParser.FormatDuration(horizon.Interval)}. Calibration needs the same intervals in both.");
        }
        var typeIndex = TypeIndex(template, history.ContactTypes.Select(s => s.Id), history.Source);
        int perDay = horizon.IntervalsPerDay;
        CheckDays(history.Days, history.Source);
        var day = Empty(template, history.From, history.Days, history.Source, fromLog: false);
        var ahtSum = new double[template.ContactTypes.Count];
        var ahtWeight = new double[template.ContactTypes.Count];
        bool headsGiven = history.ContactTypes.Any(s => s.Agents is not null);
        var asaSum = new double[day.Intervals];
        var slWeight = new double[day.Intervals];
        bool hasServiceLevel = history.ContactTypes.All(s => s.ServiceLevel is not null);
        foreach (var series in history.ContactTypes)
        {
            int t = typeIndex[series.Id];
            if (series.Answered is null || series.Abandoned is null)
            {
                throw new InputException($"{history.Source}: contact type {series.Id} has no answered or abandoned counts; calibration needs offered, " +
                    $"answered and abandoned per interval.");
            }
            for (int d = 0; d < history.Days; d++)
            {
                for (int k = 0; k < perDay; k++)
                {
                    int slot = (int)((horizon.Start + horizon.Interval * k - history.Grid.SlotStart(0)) / history.Grid.Interval);
                    if (slot < 0 || slot >= series.Slots) continue;
                    int at = d * series.Slots + slot, i = d * perDay + k;
                    double offered = series.Offered[at];
                    if (double.IsNaN(offered)) continue;
                    day.OfferedByType[i][t] += offered;
                    day.Offered[i] += offered;
                    double answered = Zero(series.Answered[at]);
                    day.Answered[i] += answered;
                    day.Abandoned[i] += Zero(series.Abandoned[at]);
                    if (series.AsaSeconds is { } asa && double.IsFinite(asa[at]) && answered > 0) asaSum[i] += asa[at] * answered;
                    if (series.ServiceLevel is { } sl && double.IsFinite(sl[at])) slWeight[i] += sl[at] * offered;
                    if (series.AhtSeconds is { } aht && double.IsFinite(aht[at]) && answered > 0)
                    {
                        ahtSum[t] += aht[at] * answered;
                        ahtWeight[t] += answered;
                    }
                    if (headsGiven)
                    {
                        double heads = series.Agents?[at] ?? double.NaN;
                        if (double.IsNaN(heads) && offered > 0)
                        {
                            throw new InputException($"{history.Source}: heads missing for {series.Id} on {history.SlotStart(d, slot):yyyy-MM-dd HH:mm}: "
                                + "the agents column is blank where contacts were offered; calibration needs the heads on duty in every interval with " +
                                    "contacts.");
                        }
                        if (!double.IsNaN(heads)) day.Heads[i] = Math.Max(day.Heads[i], heads);
                    }
                }
            }
        }
        if (!headsGiven) notes.Add("The history has no agents column: heads are the template's.");
        for (int i = 0; i < day.Intervals; i++)
        {
            if (day.Answered[i] > 0 && history.ContactTypes.All(s =>
                s.AsaSeconds is not null)) day.AverageSpeedOfAnswerSeconds[i] = asaSum[i] / day.Answered[i];
            if (hasServiceLevel) day.AnsweredWithinThreshold[i] = slWeight[i];
        }
        for (int t = 0; t < ahtSum.Length; t++) day.AverageHandleSeconds[t] = ahtWeight[t] > 0 ? ahtSum[t] / ahtWeight[t] : double.NaN;
        FillIntervalsByType(day, template);
        return day;
    }

    private static double Zero(double value) => double.IsNaN(value) ? 0 : value;

    private static Dictionary<string, int> TypeIndex(Scenario template, IEnumerable<string> historyTypes, string source)
    {
        var index = template.ContactTypes.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var unknown = historyTypes.Where(id => !index.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new InputException($"{source}: the history has contact type{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown)} that the template " +
                $"does not; "
                + $"its contact types are {string.Join(", ", index.Keys)}. Give a template whose contact types match the history's.");
        }
        return index;
    }

    private static void CheckDays(int days, string source)
    {
        if (days > Horizon.MaxDays) throw new InputException($"{source}: the history covers {days:N0} days; a scenario holds at most {Horizon.MaxDays:N0}.");
    }

    private static ObservedDay Empty(Scenario template, DateOnly from, int days, string source, bool fromLog)
    {
        int perDay = template.Horizon.IntervalsPerDay, n = days * perDay, types = template.ContactTypes.Count;
        var heads = new double[n];
        for (int i = 0; i < n; i++) heads[i] = template.AgentGroups.Sum(g => g.Agents.At(i));
        return new ObservedDay
        {
            Source = source,
            From = from,
            Days = days,
            OfferedByType = [.. Enumerable.Range(0, n).Select(_ => new double[types])],
            Offered = new double[n],
            Answered = new double[n],
            Abandoned = new double[n],
            AverageSpeedOfAnswerSeconds = new double?[n],
            AverageSpeedOfAnswerStandardError = new double?[n],
            AnsweredWithinThreshold = new double?[n],
            Heads = heads,
            HandleSeconds = new double[types][],
            Waits = new WaitObservation[types][],
            AverageHandleSeconds = new double[types],
            IntervalsByType = new IntervalObservation[types][],
            FromContactLog = fromLog,
        };
    }

    /// <summary>Each type's intervals as Erlang A sees them, for patience from interval history: the type's share of the heads by its volume.</summary>
    private static void FillIntervalsByType(ObservedDay day, Scenario template)
    {
        double length = template.Horizon.Interval.TotalSeconds;
        for (int t = 0; t < template.ContactTypes.Count; t++)
        {
            double aht = double.IsFinite(day.AverageHandleSeconds[t]) ? day.AverageHandleSeconds[t] : template.ContactTypes[t].AverageHandleTime.TotalSeconds;
            day.IntervalsByType[t] = [.. Enumerable.Range(0, day.Intervals).Select(i =>
            {
                double offered = day.OfferedByType[i][t], share = day.Offered[i] > 0 ? offered / day.Offered[i] : 0;
                return new IntervalObservation(length, offered, day.Answered[i] * share, day.Abandoned[i] * share, day.AverageSpeedOfAnswerSeconds[i], aht,
                    day.Heads[i] * share);
            })];
        }
    }
}
