namespace Simulator.Core.History;

/// <summary>
/// Streams a contact log into interval sums: each row adds to its contact type's day and interval and
/// is forgotten, so memory depends on the days and intervals covered, not on the number of contacts.
/// </summary>
internal static class ContactLogReader
{
    public static (GridAccumulator Sums, HashSet<int> CoveredDays, long Contained) Read(CellReader cells, IntervalGrid grid, HistoryMapping mapping)
    {
        var sums = new GridAccumulator(grid.SlotsPerDay);
        var covered = new HashSet<int>();
        var outcomes = new Dictionary<string, ContactOutcome>(mapping.Outcomes, StringComparer.OrdinalIgnoreCase);
        foreach (var outcome in Enum.GetValues<ContactOutcome>()) outcomes.TryAdd(ContactOutcomes.Name(outcome), outcome);
        string expectedOutcomes = string.Join(", ", outcomes.Keys.Order(StringComparer.OrdinalIgnoreCase));
        bool hasHandle = cells.Has(HistoryColumns.HandleSeconds);
        long contained = 0;
        int lastType = -1;
        string? lastTypeId = null;

        while (cells.Table.Read())
        {
            var (local, hasTime, _) = cells.Time(HistoryColumns.Arrival);
            if (!hasTime) throw cells.Error(HistoryColumns.Arrival,
                $"expected the date and time of arrival, such as 2024-03-04 08:31:07, but found a date alone.");
            string typeId = cells.Text(HistoryColumns.ContactType, CellReader.DefaultContactType);
            string outcomeText = cells.Text(HistoryColumns.Outcome, "");
            if (!outcomes.TryGetValue(outcomeText, out var outcome))
            {
                throw cells.Error(HistoryColumns.Outcome,
                    $"expected one of {expectedOutcomes}, but found \"{outcomeText}\"; a mapping file can name other values (outcomes: {{ answered: " +
                        $"[{outcomeText}] }}).");
            }
            if (outcome == ContactOutcome.Contained)
            {
                contained++;
                continue;
            }
            double wait = cells.Number(HistoryColumns.WaitSeconds, 0, double.MaxValue, "seconds waited ≥ 0", required: true);
            double handle = hasHandle && outcome == ContactOutcome.Answered
                ? cells.Number(HistoryColumns.HandleSeconds, 0, double.MaxValue, "a handle time in seconds ≥ 0", required: false)
                : double.NaN;

            // Rows come grouped by type in most logs: skip the dictionary while the type stays the same.
            if (!ReferenceEquals(typeId, lastTypeId) && typeId != lastTypeId)
            {
                lastType = sums.TypeIndex(typeId);
                lastTypeId = typeId;
            }
            var (dayShift, slot) = grid.Locate(local.TimeOfDay);
            int dayNumber = DateOnly.FromDateTime(local).DayNumber + dayShift;
            covered.Add(dayNumber);
            var day = sums.Day(lastType, dayNumber);
            day[slot, CellField.Offered] += 1;
            if (outcome == ContactOutcome.Answered)
            {
                day[slot, CellField.Answered] += 1;
                day[slot, CellField.AsaSum] += wait;
                day[slot, CellField.AsaWeight] += 1;
                if (!double.IsNaN(handle))
                {
                    day[slot, CellField.AhtSum] += handle;
                    day[slot, CellField.AhtWeight] += 1;
                }
            }
            else if (outcome == ContactOutcome.Abandoned)
            {
                day[slot, CellField.Abandoned] += 1;
            }
        }
        return (sums, covered, contained);
    }
}
