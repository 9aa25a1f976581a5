using System.Globalization;
using Simulator.Core.Analytics;
using Simulator.Core.Units;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>A contact type: its channel, arrivals and the distributions of its durations.</summary>
public static partial class ScenarioLoader
{
    private sealed partial class Builder
    {
        private ContactType? ReadContactType(MappingReader map, Horizon? horizon)
        {
            string id = map.Required("id", reader.String);
            ReadRemove(map);
            var channel = map.Optional("channel", Choice<Channel>(), Channel.Voice);
            var arrivals = map.Required("arrivals", Mapping<ArrivalPattern>(arrivalsMap => ReadArrivals(arrivalsMap, horizon)));
            var handleTime = map.Required("handleTime", Distribution(allowZero: false));
            var wrapUp = map.Optional("wrapUp", Distribution(allowZero: true));
            // Email waits in a backlog that carries over: nobody hangs up, so nobody abandons or calls back.
            bool email = map.Valid("channel") && channel == Channel.Email;
            var patience = map.Optional("patience", RefusedIf(email, "email customers do not abandon; remove 'patience'", Distribution(allowZero: false)));
            var contactType = ReadContactPolicies(map, new ContactType(id, channel, arrivals, handleTime, wrapUp, patience));
            if (map.Failed) return null;

            if (horizon is not null)
            {
                double peak = Enumerable.Range(0, horizon.TotalIntervals).Max(i => arrivals.VolumeIn(i, horizon))
                    * contactType.AverageHandleTime.TotalSeconds / horizon.Interval.TotalSeconds;
                if (peak > IntervalWorkload.MaxTrafficIntensity)
                {
                    map.Report("arrivals", $"the busiest interval carries {peak:G3} Erlangs; the models staff up to " +
                        $"{IntervalWorkload.MaxTrafficIntensity:0e0} Erlangs (a billion agents)");
                    return null;
                }
            }
            return contactType;
        }

        private ArrivalPattern? ReadArrivals(MappingReader map, Horizon? horizon)
        {
            double? rate = map.Optional("rate", reader.Rate);
            var volumes = map.Optional<ArrivalPattern>("volumes", (node, path) => node is YamlMappingNode
                ? reader.Mapping<ArrivalPattern>(node, path, byWeekday => ReadWeekdayVolumes(byWeekday, horizon))
                : Counts(horizon)(node, path) is { } counts ? new IntervalVolumes(counts) : null);
            if (map.Has("rate") == map.Has("volumes"))
            {
                map.Report("expected exactly one of 'rate' (such as 0.3/s) or 'volumes' (a count per interval)");
                return null;
            }
            return rate is double perSecond ? new ConstantRate(perSecond) : volumes;
        }

        private Func<YamlNode, string, ValueList<double>?> Counts(Horizon? horizon) =>
            PerInterval(horizon, "a list of contact counts, one per interval",
                (item, itemPath) => reader.Number(item, itemPath, 0, double.PositiveInfinity, expectation: "a contact count ≥ 0"));

        /// <summary>
        /// <c>{ default: [..], friday: [..] }</c>: one day's counts per weekday, the default for the weekdays
        /// without their own; every weekday the horizon opens on needs one or the other.
        /// </summary>
        private WeekdayVolumes? ReadWeekdayVolumes(MappingReader map, Horizon? horizon)
        {
            var oneDay = horizon is null ? null : horizon with { Days = 1 };
            var profiles = new List<WeekdayProfile>();
            foreach (var weekday in Week)
            {
                if (map.Optional(WeekdayKey(weekday), Counts(oneDay)) is { } counts) profiles.Add(new WeekdayProfile(weekday, counts));
            }
            var fallback = map.Optional("default", Counts(oneDay), []);
            if (map.Failed || horizon is null) return null;
            if (horizon.StartDate is null)
            {
                map.Report("volumes by weekday need the horizon's 'startDate' (the date of the first day), so that the days have weekdays");
                return null;
            }
            var pattern = new WeekdayVolumes(profiles.ToValueList(), fallback);
            var missing = Enumerable.Range(1, horizon.Days)
                .Where(day => horizon.HoursOn(day) is not null && pattern.ProfileOf(horizon.WeekdayOf(day)!.Value) is null)
                .Select(day => WeekdayKey(horizon.WeekdayOf(day)!.Value)).Distinct().ToList();
            if (missing.Count > 0)
            {
                map.Report($"no volumes for {string.Join(", ", missing)}, on which the centre opens; give each its own list or a 'default' list");
                return null;
            }
            return pattern;
        }

        /// <summary>A duration distribution: <c>{ distribution, mean, cv }</c>, or an empirical one from <c>values</c> or a <c>file</c>.</summary>
        private Func<YamlNode, string, DurationDistribution?> Distribution(bool allowZero) => Mapping(map => ReadDistribution(map, allowZero));

        private DurationDistribution? ReadDistribution(MappingReader map, bool allowZero)
        {
            var family = map.Optional("distribution", Choice<DistributionFamily>(), DistributionFamily.Exponential);
            if (!map.Valid("distribution")) map.Quiet(); // what the other keys mean depends on the family
            string name = YamlReader.CamelCase(family.ToString());
            bool empirical = family == DistributionFamily.Empirical;
            bool needsCv = family is DistributionFamily.Lognormal or DistributionFamily.Gamma;

            TimeSpan? mean = empirical
                ? map.Optional("mean", Refused<TimeSpan?>("an empirical distribution takes its mean from its data; remove 'mean'"))
                : map.Required("mean", Duration(positive: !allowZero));
            double? cv = needsCv
                ? map.Required("cv",
                    Number(0, DurationDistribution.MaxCoefficientOfVariation, "a coefficient of variation > 0, such as 0.8", minInclusive: false))
                : map.Optional("cv", Refused<double?>(empirical
                    ? "an empirical distribution takes its cv from its data; remove 'cv'"
                    : $"a {name} distribution takes no 'cv' (only lognormal and gamma do)"));
            var values = map.Optional("values", RefusedIf(!empirical, $"'values' belongs to an empirical distribution, not {name}", Samples));
            var file = map.Optional("file", RefusedIf(!empirical, $"'file' belongs to an empirical distribution, not {name}", SampleFile));
            if (empirical && map.Has("values") == map.Has("file"))
            {
                map.Report("an empirical distribution needs exactly one of 'values' (a list of durations) or 'file' (a one-column CSV of durations)");
            }
            if (needsCv && map.Valid("mean") && mean == TimeSpan.Zero)
            {
                map.Report("mean", $"a {name} distribution needs a mean greater than zero; for no wrap-up, leave 'wrapUp' out");
            }
            if (map.Failed) return null;

            if (!empirical) return new DurationDistribution(family, mean!.Value, cv);
            var samples = (values ?? file)!;
            var average = UnitParser.FromSeconds(samples.Average(s => s.TotalSeconds));
            if (!allowZero && average <= TimeSpan.Zero)
            {
                map.Report("the empirical durations must average more than zero");
                return null;
            }
            return new DurationDistribution(DistributionFamily.Empirical, average, null, samples);
        }

        private ValueList<TimeSpan>? Samples(YamlNode node, string path)
        {
            var sequence = reader.Sequence(node, path, "a list of durations, such as [120s, 300s, 5m]");
            if (sequence is null) return null;
            var samples = new List<TimeSpan>();
            for (int i = 0; i < sequence.Children.Count; i++)
            {
                if (reader.Duration(sequence.Children[i], $"{path}[{i}]", positive: false) is TimeSpan sample) samples.Add(sample);
            }
            return samples.Count == sequence.Children.Count ? samples.ToValueList() : null;
        }

        /// <summary>A one-column CSV: durations with units, or plain numbers of seconds; a header line is allowed.</summary>
        private ValueList<TimeSpan>? SampleFile(YamlNode node, string path)
        {
            string? relative = reader.String(node, path);
            if (relative is null) return null;
            if (InputFile.ResolveDataFile(baseDirectory, relative, out string refusal) is not string full)
            {
                reader.Report(node, path, $"cannot read the durations file '{relative}': {refusal}");
                return null;
            }
            string[] lines;
            try
            {
                lines = InputFile.ReadText(full, InputFile.MaxDataFileBytes).Split('\n');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reader.Report(node, path, $"cannot read the durations file '{relative}': {e.Message}");
                return null;
            }
            var samples = new List<TimeSpan>();
            for (int i = 0; i < lines.Length; i++)
            {
                string cell = lines[i].Split(',')[0].Trim().Trim('"');
                if (cell.Length == 0) continue;
                if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0 && double.IsFinite(seconds))
                {
                    samples.Add(UnitParser.FromSeconds(seconds));
                }
                else if (UnitParser.TryParseDuration(cell, out var duration, out _))
                {
                    samples.Add(duration);
                }
                else if (samples.Count > 0 || i > 0 && lines.Take(i).Any(l => l.Trim().Length > 0))
                {
                    // The line itself is not quoted: a message must not show the content of whatever file was named.
                    reader.Report(node, path, $"{relative}, line {i + 1}: expected a duration such as 300s or 5m, or a number of seconds");
                    return null;
                }
            }
            if (samples.Count == 0)
            {
                reader.Report(node, path, $"the durations file '{relative}' holds no durations");
                return null;
            }
            return samples.ToValueList();
        }
    }
}
