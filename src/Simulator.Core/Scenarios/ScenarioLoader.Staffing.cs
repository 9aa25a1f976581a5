using Simulator.Core.Units;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>An agent group's skills with proficiency, its shifts and breaks, overtime, tenure and learning curve.</summary>
public static partial class ScenarioLoader
{
    private static readonly string[] SkillKeys = ["type", "handleTimeFactor", "resolutionChange"];
    private static readonly string[] ShiftKeys = ["start", "length", "agents", "breaks"];
    private static readonly string[] BreakKeys = ["after", "length", "paid"];
    private static readonly string[] OvertimeKeys = ["after", "costPerHour"];
    private static readonly string[] LearningCurveKeys = ["newHireFactor", "monthsToProficiency"];

    /// <summary>How long the group's agents have been in the job, and what that costs in handle time and pay.</summary>
    private sealed record GroupPeople(OvertimePolicy? Overtime, double? TenureMonths, LearningCurve LearningCurve);

    private sealed partial class Builder
    {
        /// <summary>Skills as contact type ids or <c>{ type, handleTimeFactor, resolutionChange }</c> maps; only the maps carry proficiency.</summary>
        private (List<string> Types, Dictionary<string, SkillProficiency> Proficiency)? ReadSkills(YamlNode? node, string path)
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
                string? type;
                if (item is YamlMappingNode)
                {
                    var map = reader.Mapping(item, itemPath, SkillKeys);
                    if (map is null)
                    {
                        failed = true;
                        continue;
                    }
                    type = reader.String(map.Required("type"), map.Child("type"));
                    double? factor = map.Has("handleTimeFactor")
                        ? reader.Number(map.Optional("handleTimeFactor"), map.Child("handleTimeFactor"), 0, double.PositiveInfinity, minInclusive: false, expectation: "a handle-time factor > 0, such as 1.3")
                        : SkillProficiency.Standard.HandleTimeFactor;
                    double? change = map.Has("resolutionChange")
                        ? reader.Number(map.Optional("resolutionChange"), map.Child("resolutionChange"), -1, 1, expectation: "a change of resolution rate in [-1, 1], such as -0.05")
                        : SkillProficiency.Standard.ResolutionChange;
                    if (type is null || factor is null || change is null)
                    {
                        failed = true;
                        continue;
                    }
                    if (!types.Contains(type)) proficiency[type] = new SkillProficiency(factor.Value, change.Value);
                }
                else
                {
                    type = reader.String(item, itemPath);
                    if (type is null)
                    {
                        failed = true;
                        continue;
                    }
                }
                if (types.Contains(type))
                {
                    reader.Report(item, itemPath, $"duplicate skill '{type}'; list each contact type once");
                    failed = true;
                    continue;
                }
                types.Add(type);
            }
            return failed ? null : (types, proficiency);
        }

        /// <summary>The contact type ids in a group's skills, read straight from the YAML in either item form, with where each stands.</summary>
        private static IEnumerable<(string Type, YamlNode Node, string PathSuffix)> SkillItems(YamlNode group)
        {
            if (Child(group, "skills") is not YamlSequenceNode skills) yield break;
            for (int s = 0; s < skills.Children.Count; s++)
            {
                var item = skills.Children[s];
                var (node, suffix) = item is YamlMappingNode ? (Child(item, "type"), $"[{s}].type") : (item, $"[{s}]");
                if (node is YamlScalarNode { Value: { Length: > 0 } type }) yield return (type, node, suffix);
            }
        }

        private List<Shift>? ReadShifts(YamlNode? node, string path, Horizon? horizon) =>
            ReadList(node, path, "a list of shifts, each with start, length and agents", (item, itemPath) => ReadShift(item, itemPath, horizon));

        private Shift? ReadShift(YamlNode node, string path, Horizon? horizon)
        {
            var map = reader.Mapping(node, path, ShiftKeys);
            if (map is null) return null;
            var start = reader.Clock(map.Required("start"), map.Child("start"));
            var length = reader.Duration(map.Required("length"), map.Child("length"), positive: true);
            long? agents = reader.Integer(map.Required("agents"), map.Child("agents"), 0, int.MaxValue);
            var breaks = map.Has("breaks")
                ? ReadList(map.Optional("breaks"), map.Child("breaks"), "a list of breaks, such as [{ after: 2h, length: 15m }]", ReadBreak, allowEmpty: true)
                : [];
            if (start is null || length is null || agents is null || breaks is null || horizon is null) return null;

            bool fits = true;
            if (start < horizon.Start)
            {
                reader.Report(map.Optional("start"), map.Child("start"),
                    $"the shift starts at {UnitParser.FormatClock(start.Value)}, before the centre opens at {UnitParser.FormatClock(horizon.Start)}");
                fits = false;
            }
            else if (start + length > horizon.End)
            {
                reader.Report(map.Optional("length"), map.Child("length"),
                    $"the shift ends at {UnitParser.FormatClock(start.Value + length.Value)}, after the centre closes at {UnitParser.FormatClock(horizon.End)}");
                fits = false;
            }
            fits &= CheckBreaks(map, breaks, length.Value);
            return fits ? new Shift(start.Value, length.Value, (int)agents.Value, breaks) : null;
        }

        private ShiftBreak? ReadBreak(YamlNode node, string path)
        {
            var map = reader.Mapping(node, path, BreakKeys);
            if (map is null) return null;
            var after = reader.Duration(map.Required("after"), map.Child("after"), positive: false);
            var length = reader.Duration(map.Required("length"), map.Child("length"), positive: true);
            bool? paid = map.Has("paid") ? reader.Boolean(map.Optional("paid"), map.Child("paid")) : true;
            return after is null || length is null || paid is null ? null : new ShiftBreak(after.Value, length.Value, paid.Value);
        }

        /// <summary>Each break ends within its shift, and no two overlap (in whatever order they are listed).</summary>
        private bool CheckBreaks(Mapping shift, List<ShiftBreak> breaks, TimeSpan shiftLength)
        {
            if (shift.Optional("breaks") is not YamlSequenceNode nodes) return true;
            bool fits = true;
            for (int i = 0; i < breaks.Count; i++)
            {
                if (breaks[i].After + breaks[i].Length > shiftLength)
                {
                    reader.Report(nodes.Children[i], $"{shift.Child("breaks")}[{i}]",
                        $"the break ends {UnitParser.FormatDuration(breaks[i].After + breaks[i].Length)} into the shift, which lasts {UnitParser.FormatDuration(shiftLength)}; it must end within the shift");
                    fits = false;
                }
            }
            var byStart = Enumerable.Range(0, breaks.Count).OrderBy(i => breaks[i].After).ToList();
            for (int k = 1; k < byStart.Count; k++)
            {
                var (earlier, later) = (breaks[byStart[k - 1]], breaks[byStart[k]]);
                if (later.After < earlier.After + earlier.Length)
                {
                    reader.Report(nodes.Children[byStart[k]], $"{shift.Child("breaks")}[{byStart[k]}]",
                        $"the break {UnitParser.FormatDuration(later.After)} into the shift overlaps the one from {UnitParser.FormatDuration(earlier.After)} to {UnitParser.FormatDuration(earlier.After + earlier.Length)}; breaks must not overlap");
                    fits = false;
                }
            }
            return fits;
        }

        /// <summary>
        /// Heads per interval for the Erlang planner: the time-average over each interval of agents on a shift
        /// and not on a break, rounded down (docs: issue 6 contract, "agentGroups[i]").
        /// </summary>
        private static StaffingLevels ShiftStaffing(IReadOnlyList<Shift> shifts, Horizon horizon)
        {
            var heads = new int[horizon.IntervalsPerDay];
            for (int i = 0; i < heads.Length; i++)
            {
                var from = horizon.Start + horizon.Interval * i;
                var to = from + horizon.Interval;
                double agentSeconds = shifts.Sum(shift =>
                {
                    var onBreak = shift.Breaks.Aggregate(TimeSpan.Zero, (sum, b) => sum + Overlap(shift.Start + b.After, shift.Start + b.After + b.Length, from, to));
                    return shift.Agents * (Overlap(shift.Start, shift.End, from, to) - onBreak).TotalSeconds;
                });
                heads[i] = StaffingLevels.WholeAgents(agentSeconds / horizon.Interval.TotalSeconds);
            }
            return StaffingLevels.Plan(heads);
        }

        private static TimeSpan Overlap(TimeSpan start, TimeSpan end, TimeSpan from, TimeSpan to)
        {
            var overlap = (end < to ? end : to) - (start > from ? start : from);
            return overlap > TimeSpan.Zero ? overlap : TimeSpan.Zero;
        }

        /// <summary>Overtime, tenure and learning curve; null if any is wrong or stands without what it needs.</summary>
        private GroupPeople? ReadPeople(Mapping map)
        {
            var overtime = map.Has("overtime") ? ReadOvertime(map.Optional("overtime"), map.Child("overtime")) : null;
            double? tenure = map.Has("tenureMonths")
                ? reader.Number(map.Optional("tenureMonths"), map.Child("tenureMonths"), 0, double.PositiveInfinity, expectation: "a number of months ≥ 0, such as 1.5")
                : null;
            var curve = map.Has("learningCurve") ? ReadLearningCurve(map.Optional("learningCurve"), map.Child("learningCurve")) : LearningCurve.Default;

            bool misfits = false;
            if (map.Has("overtime") && !map.Has("shifts"))
            {
                reader.Report(map.Optional("overtime"), map.Child("overtime"), "overtime is paid on shift hours: give 'shifts' instead of 'agents'");
                misfits = true;
            }
            if (map.Has("learningCurve") && !map.Has("tenureMonths"))
            {
                reader.Report(map.Optional("learningCurve"), map.Child("learningCurve"), "learningCurve applies by tenure: give tenureMonths");
                misfits = true;
            }
            bool incomplete = (map.Has("overtime") && overtime is null) || (map.Has("tenureMonths") && tenure is null) || curve is null;
            return incomplete || misfits ? null : new GroupPeople(overtime, tenure, curve!);
        }

        private OvertimePolicy? ReadOvertime(YamlNode? node, string path)
        {
            var map = reader.Mapping(node, path, OvertimeKeys);
            if (map is null) return null;
            var after = reader.Duration(map.Required("after"), map.Child("after"), positive: true);
            double? cost = reader.Number(map.Required("costPerHour"), map.Child("costPerHour"), 0, double.PositiveInfinity, expectation: "a cost per overtime hour ≥ 0, such as 42");
            return after is null || cost is null ? null : new OvertimePolicy(after.Value, cost.Value);
        }

        private LearningCurve? ReadLearningCurve(YamlNode? node, string path)
        {
            var map = reader.Mapping(node, path, LearningCurveKeys);
            if (map is null) return null;
            double? factor = map.Has("newHireFactor")
                ? reader.Number(map.Optional("newHireFactor"), map.Child("newHireFactor"), 1, double.PositiveInfinity, expectation: "a factor ≥ 1 (how many times slower a new hire is), such as 1.5")
                : LearningCurve.Default.NewHireFactor;
            double? months = map.Has("monthsToProficiency")
                ? reader.Number(map.Optional("monthsToProficiency"), map.Child("monthsToProficiency"), 0, double.PositiveInfinity, minInclusive: false, expectation: "a number of months > 0, such as 4")
                : LearningCurve.Default.MonthsToProficiency;
            return factor is null || months is null ? null : new LearningCurve(factor.Value, months.Value);
        }
    }
}
