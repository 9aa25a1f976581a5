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
        var rows = new ContactRowReader(cells, mapping);
        long contained = 0;
        int lastType = -1;
        string? lastTypeId = null;

        while (rows.Read(out var row))
        {
            if (row.Outcome == ContactOutcome.Contained)
            {
                contained++;
                continue;
            }
            string typeId = row.ContactType;
            // Rows come grouped by type in most logs: skip the dictionary while the type stays the same.
            if (!ReferenceEquals(typeId, lastTypeId) && typeId != lastTypeId)
            {
                lastType = sums.TypeIndex(typeId);
                lastTypeId = typeId;
            }
            var (dayShift, slot) = grid.Locate(row.Arrival.TimeOfDay);
            int dayNumber = DateOnly.FromDateTime(row.Arrival).DayNumber + dayShift;
            covered.Add(dayNumber);
            var day = sums.Day(lastType, dayNumber);
            day[slot, CellField.Offered] += 1;
            if (row.Outcome == ContactOutcome.Answered)
            {
                day[slot, CellField.Answered] += 1;
                day[slot, CellField.AsaSum] += row.WaitSeconds;
                day[slot, CellField.AsaWeight] += 1;
                if (!double.IsNaN(row.HandleSeconds))
                {
                    day[slot, CellField.AhtSum] += row.HandleSeconds;
                    day[slot, CellField.AhtWeight] += 1;
                }
            }
            else if (row.Outcome == ContactOutcome.Abandoned)
            {
                day[slot, CellField.Abandoned] += 1;
            }
        }
        return (sums, covered, contained);
    }
}
