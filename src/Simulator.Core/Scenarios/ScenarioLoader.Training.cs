using System.Globalization;

namespace Simulator.Core.Scenarios;

/// <summary>Training programmes: when, for whom, how long off the phones, and what they change.</summary>
public static partial class ScenarioLoader
{
    private sealed partial class Builder
    {
        /// <summary>The group id is checked against the agent groups in <see cref="CheckTrainingGroups"/>, which sees them all.</summary>
        private TrainingProgramme? ReadTraining(MappingReader map, Horizon? horizon)
        {
            string id = map.Required("id", reader.String);
            ReadRemove(map);
            string group = map.Required("group", reader.String);
            int day = map.Required("day", WholeNumber(1, horizon?.Days ?? int.MaxValue));
            int days = map.Optional("days", WholeNumber(1), 1);
            double hours = map.Required("hoursPerAgent", Number(0, double.PositiveInfinity, "a number of hours > 0, such as 6", minInclusive: false));
            double fee = map.Optional("feePerAgent", Number(0, CostPolicy.MaxAmount, $"a fee per trainee from 0 to {CostPolicy.MaxAmount:N0}, such as 150"), 0);
            int? trainees = map.Optional("trainees", WholeNumber(1));
            double factor = map.Optional("handleTimeFactor",
                Number(0, double.PositiveInfinity, "a handle-time factor > 0, such as 0.9 for 10 % faster", minInclusive: false), 1);
            double change = map.Optional("resolutionChange", Number(-1, 1, "a change of resolution rate in [-1, 1], such as 0.05"), 0);
            double rampDays = map.Optional("rampDays", Number(0, double.PositiveInfinity, "a number of days ≥ 0, such as 10"), 0);
            var halfLife = map.Optional("decayHalfLife", Duration(positive: true));

            if (horizon is not null && map.Valid("day", "days") && day + days - 1 > horizon.Days)
            {
                map.Report("days", $"training from day {day} for {days} days ends on day {day + days - 1}, after the horizon's last day ({horizon.Days})");
            }
            if (horizon is not null && map.Valid("days", "hoursPerAgent"))
            {
                double openingHours = (horizon.End - horizon.Start).TotalHours;
                double most = days * openingHours;
                if (hours > most)
                {
                    string perDay = openingHours.ToString("0.##", CultureInfo.InvariantCulture);
                    map.Report("hoursPerAgent",
                        $"expected at most {most.ToString("0.##", CultureInfo.InvariantCulture)} hours ({days} day{(days == 1 ? "" : "s")} × {perDay} " +
                            $"opening hours), but found {hours.ToString(CultureInfo.InvariantCulture)}");
                }
            }
            return new TrainingProgramme(id, group, day, days, hours, fee, trainees, factor, change, rampDays, halfLife);
        }
    }
}
