using Simulator.Core.Units;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>The rules <c>ccsim schedule</c> works to: shift templates with break windows, roster rules, the staff available.</summary>
public static partial class ScenarioLoader
{
    private sealed partial class Builder
    {
        private ShiftTemplate? ReadShiftTemplate(MappingReader map, Horizon? horizon)
        {
            string id = map.Required("id", reader.String);
            var starts = map.Required("starts", Starts(horizon));
            var length = map.Required("length", Duration(positive: true));
            double? costPerHour = map.Optional("costPerHour", Number(0, double.PositiveInfinity, "a cost per paid hour ≥ 0"));
            var breaks = map.Optional("breaks",
                List("a list of breaks, such as [{ length: 15m, from: 2h, to: 3h }]", Mapping(ReadBreakRule), allowEmpty: true), []);
            if (horizon is null || map.Failed) return null;

            var late = starts.Where(s => s < horizon.Start || s + length > horizon.End).ToList();
            if (late.Count > 0)
            {
                map.Report("starts",
                    $"a {UnitParser.FormatDuration(length)} shift starting at {UnitParser.FormatClock(late[0])} does not fit the opening hours "
                    + $"{UnitParser.FormatClock(horizon.Start)}–{UnitParser.FormatClock(horizon.End)}; every start must open and close within them");
            }
            if (map.Node("breaks") is YamlSequenceNode nodes)
            {
                for (int i = 0; i < breaks.Count; i++)
                {
                    if (breaks[i].To + breaks[i].Length > length)
                    {
                        map.Report(nodes.Children[i], $"{map.Child("breaks")}[{i}]",
                            $"a break starting {UnitParser.FormatDuration(breaks[i].To)} into the shift ends after the shift's " +
                                $"{UnitParser.FormatDuration(length)}; 'to' + 'length' must be within the shift");
                    }
                }
            }
            var template = new ShiftTemplate(id, starts, length, costPerHour, breaks);
            if (map.Failed) return null;
            long placements = starts.Count * breaks.Aggregate(1L, (product, b) => product * b.Placements(horizon.Interval).Count());
            if (placements > ShiftTemplate.MaxPlacements)
            {
                map.Report("breaks", $"the starts and break windows give {placements:N0} placements, more than {ShiftTemplate.MaxPlacements:N0}; use fewer " +
                    $"starts or a longer 'every'");
            }
            else if (!Scheduling.ShiftPatterns.Placements(template, horizon.Interval).Any())
            {
                map.Report("breaks", "no placement of the breaks in their windows keeps them apart; widen the windows or shorten the breaks");
            }
            return template;
        }

        /// <summary>Starts as a list of clock times, or <c>{ from, to, every }</c>.</summary>
        private Func<YamlNode, string, ValueList<TimeSpan>?> Starts(Horizon? horizon) =>
            (node, path) =>
            {
                if (node is YamlMappingNode)
                {
                    return reader.Mapping(node, path, map =>
                    {
                        var from = map.Required("from", reader.Clock);
                        var to = map.Required("to", reader.Clock);
                        var every = map.Required("every", Duration(positive: true));
                        if (map.Failed) return null;
                        if (to < from)
                        {
                            map.Report("to", $"the last start {UnitParser.FormatClock(to)} is before the first {UnitParser.FormatClock(from)}");
                            return null;
                        }
                        if ((to - from) / every > ShiftTemplate.MaxPlacements)
                        {
                            map.Report("every", $"more than {ShiftTemplate.MaxPlacements:N0} starts; use a longer step");
                            return null;
                        }
                        var list = new List<TimeSpan>();
                        for (var at = from; at <= to; at += every) list.Add(at);
                        return list.ToValueList();
                    });
                }
                var sequence = reader.Sequence(node, path, "a list of clock times such as [\"06:00\", \"08:00\"], or { from, to, every }");
                if (sequence is null) return null;
                var starts = new List<TimeSpan>();
                bool failed = false;
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    if (reader.Clock(sequence.Children[i], $"{path}[{i}]") is TimeSpan start)
                    {
                        if (starts.Contains(start))
                        {
                            reader.Report(sequence.Children[i], $"{path}[{i}]", $"duplicate start {UnitParser.FormatClock(start)}; list each start once");
                            failed = true;
                        }
                        starts.Add(start);
                    }
                    else
                    {
                        failed = true;
                    }
                }
                if (starts.Count == 0 && !failed)
                {
                    reader.Report(node, path, "expected at least one start time");
                    failed = true;
                }
                return failed ? null : starts.Order().ToValueList();
            };

        private BreakRule? ReadBreakRule(MappingReader map)
        {
            var length = map.Required("length", Duration(positive: true));
            bool paid = map.Optional("paid", reader.Boolean, true);
            var from = map.Required("from", Duration(positive: false));
            var to = map.Optional("to", Duration(positive: false));
            var every = map.Optional("every", Duration(positive: true));
            if (map.Failed) return null;
            if (to is TimeSpan last && last < from)
            {
                map.Report("to", $"the latest start {UnitParser.FormatDuration(last)} is before the earliest {UnitParser.FormatDuration(from)}");
                return null;
            }
            return new BreakRule(length, paid, from, to ?? from, every);
        }

        private RosterRules? ReadRosterRules(MappingReader map)
        {
            var rules = new RosterRules(
                map.Optional("daysPerWeek", WholeNumber(1, RosterRules.DaysInWeek), RosterRules.Default.DaysPerWeek),
                map.Optional("minConsecutiveDaysOff", WholeNumber(1, RosterRules.DaysInWeek), RosterRules.Default.MinConsecutiveDaysOff),
                map.Optional("maxConsecutiveDays", WholeNumber(1, Horizon.MaxDays), RosterRules.Default.MaxConsecutiveDays),
                map.Optional("minRest", Duration(positive: false), RosterRules.Default.MinRest));
            if (map.Failed) return null;
            if (rules.DaysPerWeek < RosterRules.DaysInWeek && RosterRules.DaysInWeek - rules.DaysPerWeek < rules.MinConsecutiveDaysOff)
            {
                map.Report("minConsecutiveDaysOff",
                    $"{rules.DaysPerWeek} days a week leave {RosterRules.DaysInWeek - rules.DaysPerWeek} days off, fewer than {rules.MinConsecutiveDaysOff} " +
                        $"in a row");
            }
            if (rules.MinRest >= TimeSpan.FromDays(1))
            {
                map.Report("minRest", $"a rest of {UnitParser.FormatDuration(rules.MinRest)} leaves no shift on the next day; expected less than 24h");
            }
            return rules;
        }

        private StaffContract? ReadStaffContract(MappingReader map)
        {
            string? name = map.Optional("name", reader.String);
            int? count = map.Optional("count", WholeNumber(1, 100_000));
            var contract = map.Required("contractHours", Duration(positive: true));
            var minimum = map.Optional("minHours", Duration(positive: false), TimeSpan.Zero);
            if (name is not null && count is not null) map.Report("count", "give either 'name' (one agent) or 'count' (that many alike), not both");
            if (name is null && count is null && !map.Failed) map.Report("name", "missing 'name' (one agent) or 'count' (that many alike)");
            if (contract > TimeSpan.FromDays(RosterRules.DaysInWeek)) map.Report("contractHours", "expected hours a week, at most 168h");
            if (map.Valid("contractHours", "minHours") && minimum > contract)
            {
                map.Report("minHours", $"{UnitParser.FormatDuration(minimum)} is more than the contract's {UnitParser.FormatDuration(contract)}");
            }
            return map.Failed ? null : new StaffContract(name, count ?? 1, contract, minimum);
        }

        /// <summary>Days of the horizon, from 1, each once.</summary>
        private Func<YamlNode, string, ValueList<int>?> DayList(Horizon? horizon) =>
            (node, path) =>
            {
                var sequence = reader.Sequence(node, path, "a list of days of the horizon, such as [1, 2, 3]");
                if (sequence is null) return null;
                var days = new List<int>();
                bool failed = false;
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    if (reader.Integer(sequence.Children[i], $"{path}[{i}]", 1, horizon?.Days ?? Horizon.MaxDays) is long day)
                    {
                        if (days.Contains((int)day))
                        {
                            reader.Report(sequence.Children[i], $"{path}[{i}]", $"duplicate day {day}; list each day once");
                            failed = true;
                        }
                        days.Add((int)day);
                    }
                    else
                    {
                        failed = true;
                    }
                }
                return failed ? null : days.Order().ToValueList();
            };

        private static void CheckTemplateIds(MappingReader group, ValueList<ShiftTemplate> templates)
        {
            if (group.Node("shiftTemplates") is not YamlSequenceNode nodes) return;
            for (int i = 1; i < templates.Count; i++)
            {
                if (templates.Take(i).Any(t => t.Id == templates[i].Id))
                {
                    group.Report(nodes.Children[i], $"{group.Child("shiftTemplates")}[{i}]",
                        $"duplicate shift template id '{templates[i].Id}'; ids must be unique in the group");
                }
            }
        }

        private static void CheckStaffNames(MappingReader group, ValueList<StaffContract> staff)
        {
            if (group.Node("staff") is not YamlSequenceNode nodes) return;
            for (int i = 1; i < staff.Count; i++)
            {
                if (staff[i].Name is string name && staff.Take(i).Any(s => s.Name == name))
                {
                    group.Report(nodes.Children[i], $"{group.Child("staff")}[{i}]", $"duplicate agent name '{name}'; names must be unique in the group");
                }
            }
        }
    }
}
