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
/// fingerprint is taken of.
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
        }

        yaml.AppendLine("agentGroups:");
        foreach (var group in scenario.AgentGroups)
        {
            yaml.Append("  - id: ").AppendLine(Text(group.Id));
            yaml.Append("    agents: ").AppendLine(group.Agents.Fixed is int agents
                ? Number(agents)
                : $"[{string.Join(", ", group.Agents.PerInterval!.Select(a => Number(a)))}]");
            yaml.Append("    shrinkage: ").AppendLine(Number(group.Shrinkage));
            yaml.Append("    costPerHour: ").AppendLine(Number(group.CostPerHour));
            yaml.Append("    skills: [").Append(string.Join(", ", group.Skills.Select(Text))).AppendLine("]");
        }
        return yaml.ToString();
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

    private static string Definition(ServiceLevelDefinition definition) =>
        char.ToLowerInvariant(definition.ToString()[0]) + definition.ToString()[1..];

    /// <summary>Exact seconds from the ticks (decimal arithmetic): a duration reads back to the same number of ticks.</summary>
    private static string Duration(TimeSpan duration) =>
        ((decimal)duration.Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture) + "s";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar; JSON's escapes are a subset of YAML's.</summary>
    private static string Text(string value) => JsonSerializer.Serialize(value);
}
