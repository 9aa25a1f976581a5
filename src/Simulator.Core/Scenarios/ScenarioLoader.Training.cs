using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>Training programmes: when, for whom, how long off the phones, and what they change.</summary>
public static partial class ScenarioLoader
{
    private static readonly string[] TrainingKeys =
        ["id", "group", "day", "days", "hoursPerAgent", "feePerAgent", "trainees", "handleTimeFactor", "resolutionChange", "rampDays", "decayHalfLife"];

    private sealed partial class Builder
    {
        /// <summary>The group id is checked against the agent groups in <see cref="CheckTrainingGroups"/>, which sees them all.</summary>
        private TrainingProgramme? ReadTraining(YamlNode node, string path, Horizon? horizon)
        {
            var map = reader.Mapping(node, path, TrainingKeys);
            if (map is null) return null;
            string? id = reader.String(map.Required("id"), map.Child("id"));
            string? group = reader.String(map.Required("group"), map.Child("group"));
            long? day = reader.Integer(map.Required("day"), map.Child("day"), 1, horizon?.Days ?? int.MaxValue);
            long? days = map.Has("days") ? reader.Integer(map.Optional("days"), map.Child("days"), 1, int.MaxValue) : 1;
            double? hours = reader.Number(map.Required("hoursPerAgent"), map.Child("hoursPerAgent"), 0, double.PositiveInfinity, minInclusive: false,
                expectation: "a number of hours > 0, such as 6");
            double? fee = map.Has("feePerAgent")
                ? reader.Number(map.Optional("feePerAgent"), map.Child("feePerAgent"), 0, double.PositiveInfinity, expectation: "a fee per trainee ≥ 0, such as 150")
                : 0;
            long? trainees = map.Has("trainees") ? reader.Integer(map.Optional("trainees"), map.Child("trainees"), 1, int.MaxValue) : null;
            double? factor = map.Has("handleTimeFactor")
                ? reader.Number(map.Optional("handleTimeFactor"), map.Child("handleTimeFactor"), 0, double.PositiveInfinity, minInclusive: false,
                    expectation: "a handle-time factor > 0, such as 0.9 for 10 % faster")
                : 1;
            double? change = map.Has("resolutionChange")
                ? reader.Number(map.Optional("resolutionChange"), map.Child("resolutionChange"), -1, 1, expectation: "a change of resolution rate in [-1, 1], such as 0.05")
                : 0;
            double? rampDays = map.Has("rampDays")
                ? reader.Number(map.Optional("rampDays"), map.Child("rampDays"), 0, double.PositiveInfinity, expectation: "a number of days ≥ 0, such as 10")
                : 0;
            var halfLife = map.Has("decayHalfLife") ? reader.Duration(map.Optional("decayHalfLife"), map.Child("decayHalfLife"), positive: true) : null;

            bool fits = true;
            if (horizon is not null && day is not null && days is not null && day + days - 1 > horizon.Days)
            {
                reader.Report(map.Optional("days"), map.Child("days"),
                    $"training from day {day} for {days} days ends on day {day + days - 1}, after the horizon's last day ({horizon.Days})");
                fits = false;
            }
            if (horizon is not null && days is not null && hours is not null)
            {
                double openingHours = (horizon.End - horizon.Start).TotalHours;
                double most = days.Value * openingHours;
                if (hours > most)
                {
                    string perDay = openingHours.ToString("0.##", CultureInfo.InvariantCulture);
                    reader.Report(map.Optional("hoursPerAgent"), map.Child("hoursPerAgent"),
                        $"expected at most {most.ToString("0.##", CultureInfo.InvariantCulture)} hours ({days} day{(days == 1 ? "" : "s")} × {perDay} opening hours), but found {hours.Value.ToString(CultureInfo.InvariantCulture)}");
                    fits = false;
                }
            }
            bool incomplete = (map.Has("trainees") && trainees is null) || (map.Has("decayHalfLife") && halfLife is null);
            if (id is null || group is null || day is null || days is null || hours is null || fee is null || factor is null || change is null || rampDays is null
                || incomplete || !fits)
            {
                return null;
            }
            return new TrainingProgramme(id, group, (int)day.Value, (int)days.Value, hours.Value, fee.Value, (int?)trainees, factor.Value, change.Value, rampDays.Value, halfLife);
        }

        private void CheckTrainingGroups(YamlNode? trainingNode, YamlNode? groupsNode)
        {
            if (trainingNode is not YamlSequenceNode programmes || groupsNode is not YamlSequenceNode) return;
            var groupIds = Ids(groupsNode).Select(g => g.Id).ToList();
            for (int t = 0; t < programmes.Children.Count; t++)
            {
                if (Child(programmes.Children[t], "group") is YamlScalarNode { Value: { Length: > 0 } group } node && !groupIds.Contains(group))
                {
                    reader.Report(node, $"training[{t}].group",
                        $"no agent group has id '{group}'{KeySuggestions.DidYouMean(group, groupIds)} (agent groups: {string.Join(", ", groupIds)})");
                }
            }
        }
    }
}
