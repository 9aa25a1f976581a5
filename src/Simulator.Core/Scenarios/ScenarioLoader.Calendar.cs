using Simulator.Core.Units;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>The horizon's calendar: a start date, opening hours by weekday and closed dates.</summary>
public static partial class ScenarioLoader
{
    /// <summary>The weekdays in the order a planner's week runs, as the file names them.</summary>
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private const string ClosedWord = "closed";

    private static string WeekdayKey(DayOfWeek weekday) => YamlReader.CamelCase(weekday.ToString());

    private sealed partial class Builder
    {
        /// <summary><c>{ monday: { start, end }, …, sunday: closed }</c>: the weekdays whose hours differ from the horizon's.</summary>
        private ValueList<WeekdayHours>? ReadOpeningHours(MappingReader map)
        {
            var hours = new List<WeekdayHours>();
            foreach (var weekday in Week)
            {
                if (map.Optional(WeekdayKey(weekday), (node, path) => ReadDayHours(node, path, weekday)) is { } day) hours.Add(day);
            }
            return map.Failed ? null : hours.ToValueList();
        }

        private WeekdayHours? ReadDayHours(YamlNode node, string path, DayOfWeek weekday)
        {
            if (node is YamlScalarNode { Value: { } word } && string.Equals(word.Trim(), ClosedWord, StringComparison.OrdinalIgnoreCase))
            {
                return WeekdayHours.ClosedOn(weekday);
            }
            if (node is not YamlMappingNode)
            {
                reader.Report(node, path, $"expected {ClosedWord} or a mapping {{ start: \"09:00\", end: \"17:00\" }}, but found {YamlReader.Describe(node)}");
                return null;
            }
            return reader.Mapping(node, path, map =>
            {
                var start = map.Required("start", reader.Clock);
                var end = map.Required("end", reader.Clock);
                if (map.Failed) return null;
                if (end <= start)
                {
                    map.Report("end", $"the day must end after it starts ({UnitParser.FormatClock(start)}); write '{ClosedWord}' for a day that does not open");
                    return null;
                }
                return new WeekdayHours(weekday, start, end);
            });
        }

        private ValueList<DateOnly>? DateList(YamlNode node, string path)
        {
            if (node is YamlSequenceNode { Children.Count: 0 }) return [];
            var sequence = reader.Sequence(node, path, "a list of dates, such as [2025-12-25, 2025-12-26]");
            if (sequence is null) return null;
            var dates = new List<DateOnly>();
            for (int i = 0; i < sequence.Children.Count; i++)
            {
                if (reader.Date(sequence.Children[i], $"{path}[{i}]") is DateOnly date) dates.Add(date);
            }
            return dates.Count == sequence.Children.Count ? dates.ToValueList() : null;
        }

        /// <summary>
        /// Weekday hours and closed dates need dates; each weekday's hours lie within the horizon's window on its
        /// interval grid; a closed date lies within the horizon (one outside is a mistake, most often the year).
        /// </summary>
        private static bool CheckCalendar(MappingReader map, Horizon horizon)
        {
            foreach (string key in new[] { "openingHours", "closedDates" })
            {
                if (horizon.StartDate is null && map.Has(key) && map.Node(key) is not YamlSequenceNode { Children.Count: 0 })
                {
                    map.Report(key, $"'{key}' needs 'startDate' (the date of the first day, such as 2025-06-02), so that the days have dates and weekdays");
                }
            }
            if (map.Failed) return false;
            foreach (var hours in horizon.OpeningHours.Where(h => !h.Closed))
            {
                string day = WeekdayKey(hours.Weekday);
                if (hours.Start < horizon.Start || hours.End > horizon.End)
                {
                    map.Report("openingHours",
                        $"{day} opens {UnitParser.FormatClock(hours.Start)}–{UnitParser.FormatClock(hours.End)}, outside the horizon's " +
                        $"{UnitParser.FormatClock(horizon.Start)}–{UnitParser.FormatClock(horizon.End)}; 'start' and 'end' give the widest day, so widen them");
                }
                else if (!OnGrid(hours.Start - horizon.Start) || !OnGrid(hours.End - horizon.Start))
                {
                    map.Report("openingHours",
                        $"{day} opens {UnitParser.FormatClock(hours.Start)}–{UnitParser.FormatClock(hours.End)}, not on the " +
                        $"{UnitParser.FormatDuration(horizon.Interval)} intervals from {UnitParser.FormatClock(horizon.Start)}");
                }
            }
            if (horizon.StartDate is DateOnly first)
            {
                var last = first.AddDays(horizon.Days - 1);
                foreach (var date in horizon.ClosedDates.Where(d => d < first || d > last))
                {
                    map.Report("closedDates",
                        $"the closed date {Horizon.FormatDate(date)} is outside the horizon ({Horizon.FormatDate(first)} to {Horizon.FormatDate(last)}); " +
                            $"remove it or correct its year");
                }
            }
            if (!map.Failed && horizon.HasCalendar && !Enumerable.Range(0, horizon.TotalIntervals).Any(horizon.IsOpen))
            {
                map.Report("openingHours", "the centre never opens in the horizon: every day is closed");
            }
            return !map.Failed;

            bool OnGrid(TimeSpan offset)
            {
                double intervals = offset / horizon.Interval;
                return Math.Abs(intervals - Math.Round(intervals)) < 1e-9;
            }
        }
    }
}
