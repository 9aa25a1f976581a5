using System.Collections.Immutable;
using System.Globalization;
using Simulator.Core.History;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Intraday;

/// <summary>
/// Reads one day of a contact log (the shape <c>ccsim history</c> reads and <c>ccsim run --contacts</c> writes) into a <see cref="ReplayDay"/>
/// for a scenario: each contact's arrival, type, and what the log knows of its handle time and patience. Streamed: only the day replayed is
/// kept, so a log of years costs the memory of one day. Every problem names the file, row and column.
/// </summary>
public static class ReplayLog
{
    /// <summary>Reads <paramref name="path"/>; see <see cref="Read"/>.</summary>
    public static ReplayDay Load(string path, Scenario scenario, DateOnly? day, HistoryReadOptions options)
    {
        using var stream = HistoryFile.Open(path, "contact log");
        return Read(stream, path, scenario, day, options);
    }

    /// <summary>
    /// The contacts of <paramref name="day"/> (null: the log's last day, the most recent) whose arrival falls within the scenario's opening hours
    /// (its first day's), as seconds after the opening. An abandoned contact's wait is its patience; an answered contact's handle time is its
    /// handle time, and its wait a lower bound on its patience; contacts a bot contained are left out, with a note.
    /// </summary>
    public static ReplayDay Read(Stream stream, string file, Scenario scenario, DateOnly? day, HistoryReadOptions options)
    {
        using var table = HistoryTable.Open(stream, file);
        var plan = ColumnPlan.Resolve(table.Headers, options.Columns, file);
        if (plan.Shape != HistoryShape.ContactLog)
        {
            throw new HistoryException(file, 0, null, "is interval history, not a contact log: a replay needs one row per contact (arrival, contactType, " +
                "outcome, waitSeconds, handleSeconds).");
        }
        var cells = new CellReader(table, plan, file, options.TimeZone);
        var types = scenario.ContactTypes.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        bool hasType = cells.Has(HistoryColumns.ContactType);
        if (!hasType && scenario.ContactTypes.Count != 1)
        {
            throw new HistoryException(file, 1, null, $"the log has no contactType column, but the scenario has {scenario.ContactTypes.Count} contact types " +
                $"({string.Join(", ", types.Keys)}); add the column, or map it (contactType=yourColumn).");
        }

        var days = new SortedSet<DateOnly>();
        var kept = new List<ReplayedContact>();
        DateOnly? keeping = day;
        long contained = 0, outside = 0;
        double open = (scenario.Horizon.End - scenario.Horizon.Start).TotalSeconds;
        if (open <= 0) open += 86_400;
        var rows = new ContactRowReader(cells, options.Columns);
        while (rows.Read(out var row))
        {
            var date = DateOnly.FromDateTime(row.Arrival);
            days.Add(date);
            if (day is null && (keeping is null || date > keeping))
            {
                keeping = date; // the most recent day so far: what came before it is not replayed
                kept.Clear();
                contained = outside = 0;
            }
            if (date != keeping) continue;

            string typeId = hasType ? row.ContactType : scenario.ContactTypes[0].Id;
            if (!types.TryGetValue(typeId, out int type))
            {
                throw cells.Error(HistoryColumns.ContactType, $"contact type '{typeId}' is not in the scenario{Named(scenario)}; its types are " +
                    $"{string.Join(", ", types.Keys)}. Replay a log against the scenario its contacts belong to.");
            }
            if (row.Outcome == ContactOutcome.Contained)
            {
                contained++;
                continue;
            }
            double arrival = (row.Arrival - (date.ToDateTime(TimeOnly.MinValue) + scenario.Horizon.Start)).TotalSeconds;
            if (arrival < 0 || arrival >= open)
            {
                outside++;
                continue;
            }
            if (kept.Count >= ReplayDay.MaxContacts)
            {
                throw new HistoryException(file, table.Row, null, $"the day {date:yyyy-MM-dd} has more than {ReplayDay.MaxContacts:N0} contacts, the most " +
                    $"one replayed day may hold; is the file one centre's log?");
            }
            kept.Add(row.Outcome == ContactOutcome.Abandoned
                ? new ReplayedContact(arrival, type, double.NaN, row.WaitSeconds, 0, table.Row)
                : new ReplayedContact(arrival, type, row.HandleSeconds, double.NaN, row.WaitSeconds, table.Row));
        }
        if (days.Count == 0) throw new HistoryException(file, 0, null, "the log has a header but no contacts.");
        if (day is DateOnly asked && !days.Contains(asked))
        {
            throw new HistoryException(file, 0, null, $"has no contacts on {asked:yyyy-MM-dd}; it covers {Describe(days)}.");
        }
        var notes = new List<string>();
        if (outside > 0)
        {
            notes.Add($"{outside:N0} contacts of {keeping:yyyy-MM-dd} arrived outside the scenario's opening hours " +
                $"({scenario.Horizon.Start:hh\\:mm}–{scenario.Horizon.End:hh\\:mm}) and were left out.");
        }
        if (contained > 0) notes.Add($"{contained:N0} contacts a bot contained were left out: they never reached the agent queue.");
        if (kept.Count == 0) throw new HistoryException(file, 0, null, $"has no contacts within the scenario's opening hours on {keeping:yyyy-MM-dd}.");
        var sorted = kept.OrderBy(c => c.ArrivalSeconds).ThenBy(c => c.Row).ToImmutableArray();
        return new ReplayDay(keeping!.Value, sorted, [.. notes]);
    }

    /// <summary>
    /// The scenario as a replay runs it: one day (the replayed one), and no redials or repeats drawn, since a log holds every contact that came,
    /// returns included, as a row of its own.
    /// </summary>
    public static Scenario ScenarioFor(Scenario scenario)
    {
        var oneDay = scenario.Horizon.Days == 1 ? scenario : scenario.WithDays(1);
        return oneDay with
        {
            ContactTypes = [.. oneDay.ContactTypes.Select(t => t with { Redial = null, Resolution = t.Resolution with { RepeatAfter = null } })],
        };
    }

    private static string Named(Scenario scenario) => scenario.SourcePath is { } path ? $" {path}" : "";

    private static string Describe(SortedSet<DateOnly> days)
    {
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return days.Count switch
        {
            1 => $"one day, {Day(days.Min)}",
            <= 5 => $"{days.Count} days: {string.Join(", ", days.Select(Day))}",
            _ => $"{days.Count} days from {Day(days.Min)} to {Day(days.Max)}",
        };
    }
}
