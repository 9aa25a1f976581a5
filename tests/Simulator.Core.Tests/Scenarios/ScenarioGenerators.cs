using FsCheck;
using FsCheck.Fluent;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>Valid scenario texts with their values drawn at random, for properties that must hold for any scenario.</summary>
internal static class ScenarioGenerators
{
    /// <summary><see cref="ScenarioText.Valid"/> with its seed, target, rate, handle time, shrinkage, agents and name drawn.</summary>
    public static Arbitrary<string> Basic() =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from target in Gen.Choose(1, 100)
         from rate in Gen.Choose(1, 100_000)
         from meanMs in Gen.Choose(1, 10_000_000)
         from cv in Gen.Choose(1, 300)
         from shrinkage in Gen.Choose(0, 99)
         from agents in Gen.Choose(0, 5_000)
         from name in Gen.Elements("A", "Bank – \"East\"", "Café: 24/7", "x\\y", "# not a comment", "'quoted'")
         select ScenarioText.Valid
             .Replace("name: Test centre", $"name: {System.Text.Json.JsonSerializer.Serialize(name)}")
             .Replace("seed: 7", $"seed: {seed}")
             .Replace("target: 0.80", $"target: {target / 100.0}")
             .Replace("rate: 0.01/s", $"rate: {rate / 1000.0}/h")
             .Replace("mean: 4m, cv: 0.8", $"mean: {meanMs}ms, cv: {cv / 100.0}")
             .Replace("shrinkage: 0.30", $"shrinkage: {shrinkage / 100.0}")
             .Replace("agents: 20", $"agents: {agents}")).ToArbitrary();

    /// <summary><see cref="ScenarioText.EveryNewKey"/> with a policy value of each kind drawn.</summary>
    public static Arbitrary<string> EveryKey() =>
        (from priority in Gen.Choose(-1_000, 1_000)
         from resolutionPercent in Gen.Choose(0, 100)
         from transferMs in Gen.Choose(-600_000, 600_000)
         from breakMinutes in Gen.Choose(1, 60)
         from trainingTenths in Gen.Choose(1, 240)
         from tenureTenths in Gen.Choose(0, 600)
         from paid in Gen.Elements("true", "false")
         select ScenarioText.EveryNewKey
             .Replace("priority: 2", $"priority: {priority}")
             .Replace("rate: 0.8,", $"rate: {resolutionPercent / 100.0},")
             .Replace("transferHandleTime: -20s", $"transferHandleTime: {(transferMs < 0 ? "-" : "+")}{Math.Abs(transferMs)}ms")
             .Replace("{ after: 2h, length: 15m }", $"{{ after: 2h, length: {breakMinutes}m, paid: {paid} }}")
             .Replace("hoursPerAgent: 6", $"hoursPerAgent: {trainingTenths / 10.0}")
             .Replace("tenureMonths: 1.5", $"tenureMonths: {tenureTenths / 10.0}")).ToArbitrary();
}
