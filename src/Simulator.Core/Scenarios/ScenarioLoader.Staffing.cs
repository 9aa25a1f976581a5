using Simulator.Core.Units;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>An agent group: its staffing (heads or shifts with breaks), skills with proficiency, overtime, tenure and learning curve.</summary>
public static partial class ScenarioLoader
{
    /// <summary>A group's skills: the contact type ids, and the proficiency of those given as maps.</summary>
    private sealed record Skills(ValueList<string> Types, ValueDictionary<SkillProficiency> Proficiency);

    /// <summary>One skill: a contact type id, with its proficiency when given as a map.</summary>
    private sealed record Skill(string Type, SkillProficiency? Proficiency);

    private sealed partial class Builder
    {
        private AgentGroup? ReadAgentGroup(MappingReader map, Horizon? horizon)
        {
            string id = map.Required("id", reader.String);
            ReadRemove(map);
            var planned = map.Optional("agents", Staffing(horizon));
            var shifts = map.Optional("shifts",
                List("a list of shifts, each with start, length and agents", Mapping<Shift>(shift => ReadShift(shift, horizon))));
            CheckKeyedIds(map, "shifts", "agentGroups[].shifts");
            if (map.Has("agents") && map.Has("shifts"))
            {
                map.Report("shifts", "expected exactly one of 'agents' (scheduled heads) or 'shifts' (a list of shifts), but found both");
            }
            else if (!map.Has("agents") && !map.Has("shifts"))
            {
                map.Report("agents", "missing staffing: give exactly one of 'agents' (scheduled heads) or 'shifts' (a list of shifts)");
            }
            var shrinkage = map.Optional("shrinkage", ShrinkageShares(horizon), new ValueList<double>([0]));
            double costPerHour = map.Optional("costPerHour",
                Number(0, CostPolicy.MaxAmount, $"a cost per paid hour from 0 to {CostPolicy.MaxAmount:N0}, such as 28"), 0);
            var skills = map.Required("skills", ReadSkills);
            var templates = map.Optional("shiftTemplates",
                List("a list of shift templates, each with id, starts and " +
                    "length", Mapping<ShiftTemplate>(t => ReadShiftTemplate(t, horizon)), allowEmpty: true), []);
            var rosterRules = map.Optional("rosterRules", Mapping(ReadRosterRules), RosterRules.Default);
            var staff = map.Optional("staff",
                List("a list of agents available, each { name, contractHours } or { count, contractHours }", Mapping(ReadStaffContract), allowEmpty: true), []);
            var overtime = map.Optional("overtime",
                RefusedIf(!map.Has("shifts") && !map.Has("shiftTemplates"),
                    "overtime is paid on shift hours: give 'shifts' instead of 'agents', or 'shiftTemplates'", Mapping(ReadOvertime)));
            double? tenureMonths = map.Optional("tenureMonths", Number(0, double.PositiveInfinity, "a number of months ≥ 0, such as 1.5"));
            var learningCurve = map.Optional("learningCurve",
                RefusedIf(!map.Has("tenureMonths"), "learningCurve applies by tenure: give tenureMonths", Mapping(ReadLearningCurve)), LearningCurve.Default);
            if (map.Valid("shiftTemplates")) CheckTemplateIds(map, templates);
            if (map.Valid("staff")) CheckStaffNames(map, staff);
            if (map.Failed || horizon is null) return null;

            return new AgentGroup(id, shifts is null ? planned! : ShiftStaffing(shifts, horizon), shrinkage.Average(), costPerHour, skills.Types)
            {
                ShrinkagePerInterval = map.Node("shrinkage") is YamlSequenceNode ? shrinkage : null,
                Proficiency = skills.Proficiency,
                Shifts = shifts,
                Overtime = overtime,
                ShiftTemplates = templates,
                RosterRules = rosterRules,
                Staff = staff,
                TenureMonths = tenureMonths,
                LearningCurve = learningCurve,
            };
        }

        /// <summary>Scheduled heads: one number all day, or a list with one per interval.</summary>
        private Func<YamlNode, string, StaffingLevels?> Staffing(Horizon? horizon) =>
            (node, path) => node is YamlSequenceNode
                ? PerInterval(horizon, "a list of agent counts, one per interval", WholeNumber(0, AgentGroup.MaxAgents))(node,
                    path) is { } plan ? StaffingLevels.Plan(plan) : null
                : WholeNumber(0, AgentGroup.MaxAgents)(node, path) is int agents ? StaffingLevels.Constant(agents) : null;

        /// <summary>Shrinkage: one share all day, or a list with one per interval (as <c>ccsim calibrate</c> writes it).</summary>
        private Func<YamlNode, string, ValueList<double>?> ShrinkageShares(Horizon? horizon) =>
            (node, path) => node is YamlSequenceNode
                ? PerInterval(horizon, "a list of shrinkage shares in [0, 1), one per interval", Share(zero: true, one: false, "0.30"))(node, path)
                : Share(zero: true, one: false, "0.30")(node, path) is double share ? new ValueList<double>([share]) : null;

        /// <summary>Skills as contact type ids or <c>{ type, handleTimeFactor, resolutionChange }</c> maps; only the maps carry proficiency.</summary>
        private Skills? ReadSkills(YamlNode node, string path)
        {
            var sequence = reader.Sequence(node, path, "a list of contact type ids, such as [general, { type: loans, handleTimeFactor: 1.3 }]");
            if (sequence is null) return null;
            var types = new List<string>();
            var proficiency = new Dictionary<string, SkillProficiency>(StringComparer.Ordinal);
            bool failed = false;
            for (int i = 0; i < sequence.Children.Count; i++)
            {
                var item = sequence.Children[i];
                string itemPath = $"{path}[{i}]";
                var skill = item is YamlMappingNode
                    ? reader.Mapping(item, itemPath, ReadSkill)
                    : reader.String(item, itemPath) is string id ? new Skill(id, null) : null;
                if (skill is null)
                {
                    failed = true;
                }
                else if (types.Contains(skill.Type))
                {
                    reader.Report(item, itemPath, $"duplicate skill '{skill.Type}'; list each contact type once");
                    failed = true;
                }
                else
                {
                    types.Add(skill.Type);
                    if (skill.Proficiency is { } given) proficiency[skill.Type] = given;
                }
            }
            return failed ? null : new Skills(types.ToValueList(), proficiency);
        }

        private Skill? ReadSkill(MappingReader map)
        {
            ReadRemove(map);
            return new(map.Required("type", reader.String),
                new SkillProficiency(
                    map.Optional("handleTimeFactor", Number(0, double.PositiveInfinity, "a handle-time factor > 0, such as 1.3", minInclusive: false),
                        SkillProficiency.Standard.HandleTimeFactor),
                    map.Optional("resolutionChange", Number(-1, 1, "a change of resolution rate in [-1, 1], such as -0.05"),
                        SkillProficiency.Standard.ResolutionChange)));
        }

        private Shift? ReadShift(MappingReader map, Horizon? horizon)
        {
            map.Optional("id", reader.String);
            ReadRemove(map);
            var start = map.Required("start", reader.Clock);
            var length = map.Required("length", Duration(positive: true));
            int agents = map.Required("agents", WholeNumber(0, AgentGroup.MaxAgents));
            var breaks = map.Optional("breaks", List("a list of breaks, such as [{ after: 2h, length: 15m }]", Mapping(ReadBreak), allowEmpty: true), []);
            CheckKeyedIds(map, "breaks", "agentGroups[].shifts[].breaks");
            var days = map.Optional("days", DayList(horizon));
            double? costPerHour = map.Optional("costPerHour",
                Number(0, CostPolicy.MaxAmount, $"a cost per paid hour from 0 to {CostPolicy.MaxAmount:N0}, such as 28"));
            if (horizon is null || !map.Valid("start", "length")) return null;

            if (start < horizon.Start)
            {
                map.Report("start", $"the shift starts at {UnitParser.FormatClock(start)}, before the centre opens at {UnitParser.FormatClock(horizon.Start)}");
            }
            else if (start + length > horizon.End)
            {
                map.Report("length",
                    $"the shift ends at {UnitParser.FormatClock(start + length)}, after the centre closes at {UnitParser.FormatClock(horizon.End)}");
            }
            if (map.Valid("breaks")) CheckBreaks(map, breaks, length);
            return new Shift(start, length, agents, breaks) { Days = days, CostPerHour = costPerHour };
        }

        private ShiftBreak? ReadBreak(MappingReader map)
        {
            map.Optional("id", reader.String);
            ReadRemove(map);
            return new(map.Required("after", Duration(positive: false)),
                map.Required("length", Duration(positive: true)),
                map.Optional("paid", reader.Boolean, true));
        }

        /// <summary>Each break ends within its shift, and no two overlap (in whatever order they are listed).</summary>
        private static void CheckBreaks(MappingReader shift, ValueList<ShiftBreak> breaks, TimeSpan shiftLength)
        {
            if (shift.Node("breaks") is not YamlSequenceNode nodes) return;
            for (int i = 0; i < breaks.Count; i++)
            {
                if (breaks[i].After + breaks[i].Length > shiftLength)
                {
                    shift.Report(nodes.Children[i], $"{shift.Child("breaks")}[{i}]",
                        $"the break ends {UnitParser.FormatDuration(breaks[i].After + breaks[i].Length)} into the shift, which lasts " +
                            $"{UnitParser.FormatDuration(shiftLength)}; it must end within the shift");
                }
            }
            var byStart = Enumerable.Range(0, breaks.Count).OrderBy(i => breaks[i].After).ToList();
            for (int k = 1; k < byStart.Count; k++)
            {
                var (earlier, later) = (breaks[byStart[k - 1]], breaks[byStart[k]]);
                if (later.After < earlier.After + earlier.Length)
                {
                    shift.Report(nodes.Children[byStart[k]], $"{shift.Child("breaks")}[{byStart[k]}]",
                        $"the break {UnitParser.FormatDuration(later.After)} into the shift overlaps the one from {UnitParser.FormatDuration(earlier.After)} " +
                            $"to {UnitParser.FormatDuration(earlier.After + earlier.Length)}; breaks must not overlap");
                }
            }
        }

        /// <summary>
        /// Heads per interval for the Erlang planner: the time-average over each interval of agents on a shift
        /// and not on a break, rounded down (docs/scenario-reference.md, "agentGroups").
        /// </summary>
        private static StaffingLevels ShiftStaffing(IReadOnlyList<Shift> shifts, Horizon horizon)
        {
            int days = shifts.Any(s => s.Days is not null) ? horizon.Days : 1;
            var heads = new int[horizon.IntervalsPerDay * days];
            for (int i = 0; i < heads.Length; i++)
            {
                var from = horizon.Start + horizon.Interval * (i % horizon.IntervalsPerDay);
                var to = from + horizon.Interval;
                int day = i / horizon.IntervalsPerDay + 1;
                double agentSeconds = shifts.Where(shift => shift.WorkedOn(day)).Sum(shift =>
                {
                    var onBreak = shift.Breaks.Aggregate(TimeSpan.Zero, (sum, b) =>
                        sum + Overlap(shift.Start + b.After, shift.Start + b.After + b.Length, from, to));
                    return shift.Agents * (Overlap(shift.Start, shift.End, from, to) - onBreak).TotalSeconds;
                });
                heads[i] = StaffingLevels.WholeAgents(agentSeconds / horizon.Interval.TotalSeconds);
            }
            return StaffingLevels.Plan(heads);
        }

        internal static TimeSpan Overlap(TimeSpan start, TimeSpan end, TimeSpan from, TimeSpan to)
        {
            var overlap = (end < to ? end : to) - (start > from ? start : from);
            return overlap > TimeSpan.Zero ? overlap : TimeSpan.Zero;
        }

        private OvertimePolicy? ReadOvertime(MappingReader map) =>
            new(map.Required("after", Duration(positive: true)),
                map.Required("costPerHour", Number(0, CostPolicy.MaxAmount, $"a cost per overtime hour from 0 to {CostPolicy.MaxAmount:N0}, such as 42")));

        private LearningCurve? ReadLearningCurve(MappingReader map) =>
            new(map.Optional("newHireFactor", Number(1, double.PositiveInfinity, "a factor ≥ 1 (how many times slower a new hire is), such as 1.5"),
                    LearningCurve.Default.NewHireFactor),
                map.Optional("monthsToProficiency", Number(0, double.PositiveInfinity, "a number of months > 0, such as 4", minInclusive: false),
                    LearningCurve.Default.MonthsToProficiency));
    }
}
