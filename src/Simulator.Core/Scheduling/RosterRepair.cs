using Simulator.Core.Scenarios;

namespace Simulator.Core.Scheduling;

/// <summary>
/// Evens out a greedy roster's weekend and late work by local search: two agents exchange what they work on a run of
/// one to seven consecutive days (the block swap of nurse-rostering local search, or two short blocks at once; Burke et al., "The state of the art
/// of nurse rostering", J. Scheduling 7, 2004). Every day keeps the same shifts, so the schedule's coverage is
/// untouched; a swap is taken only when both agents' rows still keep every rule (days a week, contract hours, days in a
/// row, days off together, rest between shifts, no week pushed under its minimum hours) and the fairness cost falls.
/// The cost is Σ weekends² (each weighted far above) plus Σ lates² over the group's agents: a move from an agent with
/// more to one with fewer always lowers it, so the search ends when no single block swap evens the spread further.
/// Deterministic: agents and days are tried in a fixed order.
/// </summary>
internal static class RosterRepair
{
    /// <summary>The longest block two agents exchange: a week, enough to move a weekend with the days off around it.</summary>
    public const int LongestBlock = RosterRules.DaysInWeek;

    /// <summary>The longest of two blocks swapped together: a weekend with a day beside it, and as many days elsewhere.</summary>
    private const int PairedBlock = 3;

    /// <summary>Weekends weigh over lates: one weekend evened is worth more than any spread of lates.</summary>
    private const long WeekendWeight = 1_000_000;

    /// <summary>Passes over all agents; each pass that takes no swap ends the search earlier.</summary>
    private const int MostPasses = 200;

    /// <summary>A row of the roster being repaired: an agent, its contract and its shifts (null on a day off).</summary>
    public sealed class Row(RosterAgent agent, RosterShift?[] shifts)
    {
        public RosterAgent Agent { get; } = agent;

        public RosterShift?[] Shifts { get; } = shifts;
    }

    public static void Improve(IReadOnlyList<Row> rows, RosterRules rules, TimeSpan lateFrom)
    {
        if (rows.Count < 2) return;
        int days = rows[0].Shifts.Length;
        bool IsLate(RosterShift? shift) => shift is not null && shift.Pattern.Start >= lateFrom;
        var weekends = rows.Select(r => r.Shifts.Count(s => s is not null && RosterResult.IsWeekend(s.Day))).ToArray();
        var lates = rows.Select(r => r.Shifts.Count(IsLate)).ToArray();
        // A week's hours never drop below the smaller of the minimum and what the greedy gave it.
        var floors = rows.Select(r => Enumerable.Range(0, days / RosterRules.DaysInWeek)
            .Select(w => Math.Min(r.Agent.MinHours.TotalHours, WeekHours(r.Shifts, w))).ToArray()).ToArray();
        var scratchA = new RosterShift?[days];
        var scratchB = new RosterShift?[days];

        for (int pass = 0; pass < MostPasses; pass++)
        {
            bool moved = false;
            var order = Enumerable.Range(0, rows.Count).OrderByDescending(a => weekends[a]).ThenByDescending(a => lates[a]).ThenBy(a => a).ToList();
            foreach (int a in order)
            {
                foreach (int b in order.AsEnumerable().Reverse())
                {
                    if (weekends[a] - weekends[b] < 2 && lates[a] - lates[b] < 2) continue;
                    if (!TryBlockSwap(a, b)) continue;
                    moved = true;
                    break;
                }
            }
            if (!moved) return;
        }

        bool TryBlockSwap(int a, int b)
        {
            var rowA = rows[a].Shifts;
            var rowB = rows[b].Shifts;
            for (int day = 0; day < days; day++)
            {
                // A swap worth trying moves a weekend or a late shift of a's to b.
                bool weekendHere = RosterResult.IsWeekend(day + 1) && rowA[day] is not null && rowB[day] is null;
                bool lateHere = IsLate(rowA[day]) && !IsLate(rowB[day]);
                if (!weekendHere && !lateHere) continue;
                for (int length = 1; length <= LongestBlock; length++)
                {
                    for (int from = Math.Max(0, day - length + 1); from <= day && from + length <= days; from++)
                    {
                        if (TrySwap(a, b, from, length, 0, 0)) return true;
                    }
                }
                // Two short blocks: the weekend day with its neighbours, and a day or two elsewhere within a week of it that b works and a does not
                // (days a week and the runs of days off then stay as they were for both).
                for (int length = 1; length <= PairedBlock; length++)
                {
                    for (int from = Math.Max(0, day - length + 1); from <= day && from + length <= days; from++)
                    {
                        for (int other = Math.Max(0, day - RosterRules.DaysInWeek); other <= Math.Min(days - 1, day + RosterRules.DaysInWeek); other++)
                        {
                            for (int otherLength = 1; otherLength <= PairedBlock && other + otherLength <= days; otherLength++)
                            {
                                if (other + otherLength <= from - 1 || other >= from + length + 1)
                                {
                                    if (TrySwap(a, b, from, length, other, otherLength)) return true;
                                }
                            }
                        }
                    }
                }
            }
            return false;
        }

        bool TrySwap(int a, int b, int from, int length, int otherFrom, int otherLength)
        {
            var rowA = rows[a].Shifts;
            var rowB = rows[b].Shifts;
            var (dw, dl) = Delta(rowA, rowB, from, length);
            var (ow, ol) = Delta(rowA, rowB, otherFrom, otherLength);
            dw += ow;
            dl += ol;
            // a loses dw weekends and dl lates; b gains them.
            long before = Cost(weekends[a], lates[a]) + Cost(weekends[b], lates[b]);
            long after = Cost(weekends[a] - dw, lates[a] - dl) + Cost(weekends[b] + dw, lates[b] + dl);
            if (after >= before) return false;
            Array.Copy(rowA, scratchA, days);
            Array.Copy(rowB, scratchB, days);
            for (int d = from; d < from + length; d++) (scratchA[d], scratchB[d]) = (scratchB[d], scratchA[d]);
            for (int d = otherFrom; d < otherFrom + otherLength; d++) (scratchA[d], scratchB[d]) = (scratchB[d], scratchA[d]);
            if (!Keeps(scratchA, rows[a].Agent, floors[a], rules) || !Keeps(scratchB, rows[b].Agent, floors[b], rules)) return false;
            Array.Copy(scratchA, rowA, days);
            Array.Copy(scratchB, rowB, days);
            weekends[a] -= dw;
            weekends[b] += dw;
            lates[a] -= dl;
            lates[b] += dl;
            return true;
        }

        (int Weekends, int Lates) Delta(RosterShift?[] rowA, RosterShift?[] rowB, int from, int length)
        {
            int dw = 0, dl = 0;
            for (int d = from; d < from + length; d++)
            {
                if (RosterResult.IsWeekend(d + 1)) dw += (rowA[d] is null ? 0 : 1) - (rowB[d] is null ? 0 : 1);
                dl += (IsLate(rowA[d]) ? 1 : 0) - (IsLate(rowB[d]) ? 1 : 0);
            }
            return (dw, dl);
        }
    }

    private static long Cost(int weekends, int lates) => WeekendWeight * weekends * weekends + (long)lates * lates;

    private static double WeekHours(RosterShift?[] shifts, int week) =>
        shifts.Skip(week * RosterRules.DaysInWeek).Take(RosterRules.DaysInWeek).Sum(s => s?.Pattern.Template.PaidLength.TotalHours ?? 0);

    /// <summary>Whether a whole row keeps every roster rule (the rules <see cref="Roster"/> checks day by day, over the row at once).</summary>
    public static bool Keeps(RosterShift?[] shifts, RosterAgent agent, double[] weekFloors, RosterRules rules)
    {
        for (int week = 0; week * RosterRules.DaysInWeek < shifts.Length; week++)
        {
            int worked = 0;
            double hours = 0;
            for (int d = week * RosterRules.DaysInWeek; d < Math.Min(shifts.Length, (week + 1) * RosterRules.DaysInWeek); d++)
            {
                if (shifts[d] is not { } s) continue;
                worked++;
                hours += s.Pattern.Template.PaidLength.TotalHours;
            }
            if (worked > rules.DaysPerWeek || hours > agent.ContractHours.TotalHours + 1e-9) return false;
            if (week < weekFloors.Length && hours < weekFloors[week] - 1e-9) return false;
        }
        int run = 0, off = 0;
        bool workedBefore = false;
        for (int d = 0; d < shifts.Length; d++)
        {
            if (shifts[d] is not { } shift)
            {
                run = 0;
                off++;
                continue;
            }
            if (workedBefore && off > 0 && off < rules.MinConsecutiveDaysOff) return false;
            if (++run > rules.MaxConsecutiveDays) return false;
            if (d > 0 && shifts[d - 1] is { } previous && TimeSpan.FromDays(1) - previous.Pattern.End + shift.Pattern.Start < rules.MinRest) return false;
            off = 0;
            workedBefore = true;
        }
        return true;
    }
}
