using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Simulator.Core.Analytics;

namespace Simulator.Core.Scenarios;

/// <summary>
/// Writes a scenario back as YAML that <see cref="ScenarioLoader"/> reads into the same scenario:
/// every key explicit, numbers in round-trip form, empirical durations inlined (no side files), so the
/// text is self-contained and canonical. It is how a scenario travels to other silos, and what its
/// fingerprint is taken of. Keys added after the first release (issue 6) are written only when they
/// differ from their defaults, so a scenario that does not use them keeps its text and fingerprint.
/// </summary>
public static class ScenarioWriter
{
    public static string ToYaml(Scenario scenario)
    {
        var yaml = new StringBuilder();
        var horizon = scenario.Horizon;
        var level = scenario.ServiceLevel;
        yaml.Append("name: ").AppendLine(Text(scenario.Name));
        yaml.Append("seed: ").AppendLine(Number(scenario.Seed));
        yaml.Append("replications: ").AppendLine(Number(scenario.Replications));
        yaml.Append($"horizon: {{ start: \"{Units.UnitParser.FormatClock(horizon.Start)}\", end: \"{Units.UnitParser.FormatClock(horizon.End)}\", ")
            .AppendLine($"interval: {Duration(horizon.Interval)}, days: {Number(horizon.Days)}, warmup: {Duration(horizon.Warmup)} }}");
        yaml.Append($"serviceLevel: {{ target: {Number(level.Target)}, answerWithin: {Duration(level.AnswerWithin)}, ")
            .AppendLine($"definition: {Definition(level.Definition)}, shortAbandonLimit: {Duration(level.ShortAbandonLimit)} }}");
        if (scenario.MaxOccupancy is double cap) yaml.Append("maxOccupancy: ").AppendLine(Number(cap));
        if (scenario.Customers != CustomerPolicy.Default) yaml.AppendLine($"customers: {{ poorWaitLimit: {Duration(scenario.Customers.PoorWaitLimit)} }}");
        if (scenario.Routing != RoutingPolicy.Default)
        {
            yaml.AppendLine($"routing: {{ agents: {Choice(scenario.Routing.Agents)}, contacts: {Choice(scenario.Routing.Contacts)} }}");
        }
        if (scenario.Costs != CostPolicy.None)
        {
            yaml.AppendLine($"costs: {{ telephonyPerMinute: {Number(scenario.Costs.TelephonyPerMinute)}, fixedPerDay: {Number(scenario.Costs.FixedPerDay)} }}");
        }

        yaml.AppendLine("contactTypes:");
        foreach (var type in scenario.ContactTypes)
        {
            yaml.Append("  - id: ").AppendLine(Text(type.Id));
            yaml.Append("    channel: ").AppendLine(type.Channel.ToString().ToLowerInvariant());
            yaml.Append("    arrivals: ").AppendLine(type.Arrivals switch
            {
                ConstantRate rate => $"{{ rate: {Number(rate.PerSecond)}/s }}",
                IntervalVolumes volumes => $"{{ volumes: [{string.Join(", ", volumes.Volumes.Select(Number))}] }}",
                _ => throw new InvalidOperationException($"Unknown arrival pattern {type.Arrivals.GetType().Name}."),
            });
            yaml.Append("    handleTime: ").AppendLine(Distribution(type.HandleTime));
            if (type.WrapUp is not null) yaml.Append("    wrapUp: ").AppendLine(Distribution(type.WrapUp));
            if (type.Patience is not null) yaml.Append("    patience: ").AppendLine(Distribution(type.Patience));
            WritePolicies(yaml, type);
        }

        yaml.AppendLine("agentGroups:");
        foreach (var group in scenario.AgentGroups)
        {
            yaml.Append("  - id: ").AppendLine(Text(group.Id));
            if (group.Shifts is { } shifts)
            {
                // The per-interval heads are derived from the shifts on reading, so only the shifts are written.
                yaml.AppendLine("    shifts:");
                foreach (var shift in shifts) yaml.Append("      - ").AppendLine(Shift(shift));
            }
            else
            {
                yaml.Append("    agents: ").AppendLine(group.Agents.Fixed is int agents
                    ? Number(agents)
                    : $"[{string.Join(", ", group.Agents.PerInterval!.Select(a => Number(a)))}]");
            }
            yaml.Append("    shrinkage: ").AppendLine(Number(group.Shrinkage));
            yaml.Append("    costPerHour: ").AppendLine(Number(group.CostPerHour));
            yaml.Append("    skills: [").Append(string.Join(", ", group.Skills.Select(skill => Skill(group, skill)))).AppendLine("]");
            WritePeople(yaml, group);
        }

        if (scenario.Training.Count > 0)
        {
            yaml.AppendLine("training:");
            foreach (var programme in scenario.Training) WriteTraining(yaml, programme);
        }
        return yaml.ToString();
    }

    private static void WritePolicies(StringBuilder yaml, ContactType type)
    {
        if (type.Priority != 0) yaml.Append("    priority: ").AppendLine(Number(type.Priority));
        if (type.AnswerWithin is TimeSpan answerWithin) yaml.Append("    answerWithin: ").AppendLine(Duration(answerWithin));
        if (type.ServiceLevelTarget is double target) yaml.Append("    serviceLevelTarget: ").AppendLine(Number(target));
        if (type.PoorWaitLimit is TimeSpan poorWaitLimit) yaml.Append("    poorWaitLimit: ").AppendLine(Duration(poorWaitLimit));
        if (type.Concurrency != ChatConcurrency.Single)
        {
            yaml.AppendLine($"    concurrency: {{ max: {Number(type.Concurrency.Max)}, slowdown: {Number(type.Concurrency.Slowdown)} }}");
        }
        if (type.Resolution != ResolutionPolicy.AlwaysResolved)
        {
            string repeatAfter = type.Resolution.RepeatAfter is { } delay ? $", repeatAfter: {Distribution(delay)}" : "";
            yaml.AppendLine($"    resolution: {{ rate: {Number(type.Resolution.Rate)}{repeatAfter} }}");
        }
        if (type.Redial is { } redial) yaml.AppendLine($"    redial: {{ share: {Number(redial.Share)}, after: {Distribution(redial.After)} }}");
        if (type.Overflow is { } overflow)
        {
            yaml.AppendLine($"    overflow: {{ to: [{string.Join(", ", overflow.Groups.Select(Text))}], after: {Duration(overflow.After)} }}");
        }
        if (type.Automation is { } bot)
        {
            yaml.AppendLine("    automation:");
            yaml.Append("      containment: ").AppendLine(Number(bot.Containment));
            yaml.Append("      abandonment: ").AppendLine(Number(bot.Abandonment));
            yaml.Append("      botTime: ").AppendLine(Distribution(bot.BotTime));
            yaml.Append("      costPerSession: ").AppendLine(Number(bot.CostPerSession));
            yaml.Append("      transferHandleTime: ").AppendLine(Duration(bot.TransferHandleTime));
            yaml.Append("      transferResolutionChange: ").AppendLine(Number(bot.TransferResolutionChange));
        }
    }

    /// <summary>A skill with proficiency as a map (whatever its values, so it reads back the same), otherwise its id.</summary>
    private static string Skill(AgentGroup group, string skill) =>
        group.Proficiency.TryGetValue(skill, out var proficiency)
            ? $"{{ type: {Text(skill)}, handleTimeFactor: {Number(proficiency.HandleTimeFactor)}, resolutionChange: {Number(proficiency.ResolutionChange)} }}"
            : Text(skill);

    private static string Shift(Shift shift)
    {
        string breaks = shift.Breaks.Count == 0
            ? ""
            : $", breaks: [{string.Join(", ", shift.Breaks.Select(b => $"{{ after: {Duration(b.After)}, length: {Duration(b.Length)}, paid: {(b.Paid ? "true" : "false")} }}"))}]";
        return $"{{ start: \"{Units.UnitParser.FormatClock(shift.Start)}\", length: {Duration(shift.Length)}, agents: {Number(shift.Agents)}{breaks} }}";
    }

    private static void WritePeople(StringBuilder yaml, AgentGroup group)
    {
        if (group.Overtime is { } overtime)
        {
            yaml.AppendLine($"    overtime: {{ after: {Duration(overtime.After)}, costPerHour: {Number(overtime.CostPerHour)} }}");
        }
        if (group.TenureMonths is double tenure)
        {
            yaml.Append("    tenureMonths: ").AppendLine(Number(tenure));
            // Without tenure the curve has no effect and the loader refuses it, so it is written only with one.
            if (group.LearningCurve != LearningCurve.Default)
            {
                yaml.AppendLine($"    learningCurve: {{ newHireFactor: {Number(group.LearningCurve.NewHireFactor)}, monthsToProficiency: {Number(group.LearningCurve.MonthsToProficiency)} }}");
            }
        }
    }

    private static void WriteTraining(StringBuilder yaml, TrainingProgramme programme)
    {
        yaml.Append("  - id: ").AppendLine(Text(programme.Id));
        yaml.Append("    group: ").AppendLine(Text(programme.Group));
        yaml.Append("    day: ").AppendLine(Number(programme.Day));
        yaml.Append("    days: ").AppendLine(Number(programme.Days));
        yaml.Append("    hoursPerAgent: ").AppendLine(Number(programme.HoursPerAgent));
        yaml.Append("    feePerAgent: ").AppendLine(Number(programme.FeePerAgent));
        if (programme.Trainees is int trainees) yaml.Append("    trainees: ").AppendLine(Number(trainees));
        yaml.Append("    handleTimeFactor: ").AppendLine(Number(programme.HandleTimeFactor));
        yaml.Append("    resolutionChange: ").AppendLine(Number(programme.ResolutionChange));
        yaml.Append("    rampDays: ").AppendLine(Number(programme.RampDays));
        if (programme.DecayHalfLife is TimeSpan halfLife) yaml.Append("    decayHalfLife: ").AppendLine(Duration(halfLife));
    }

    /// <summary>SHA-256 of the canonical YAML: equal scenarios, equal fingerprints.</summary>
    public static string Fingerprint(Scenario scenario) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToYaml(scenario))));

    private static string Distribution(DurationDistribution distribution) => distribution.Family switch
    {
        DistributionFamily.Empirical => $"{{ distribution: empirical, values: [{string.Join(", ", distribution.Samples!.Select(Duration))}] }}",
        DistributionFamily.Lognormal or DistributionFamily.Gamma =>
            $"{{ distribution: {Family(distribution.Family)}, mean: {Duration(distribution.Mean)}, cv: {Number(distribution.CoefficientOfVariation!.Value)} }}",
        _ => $"{{ distribution: {Family(distribution.Family)}, mean: {Duration(distribution.Mean)} }}",
    };

    private static string Family(DistributionFamily family) => family.ToString().ToLowerInvariant();

    private static string Definition(ServiceLevelDefinition definition) => Choice(definition);

    private static string Choice<TEnum>(TEnum value) where TEnum : struct, Enum =>
        char.ToLowerInvariant(value.ToString()[0]) + value.ToString()[1..];

    /// <summary>Exact seconds from the ticks (decimal arithmetic): a duration reads back to the same number of ticks; negative ones keep their sign.</summary>
    private static string Duration(TimeSpan duration) =>
        ((decimal)duration.Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture) + "s";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar; JSON's escapes are a subset of YAML's.</summary>
    private static string Text(string value) => JsonSerializer.Serialize(value);
}
