using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary><c>ccsim schedule</c>: the documented JSON keys, the written scenario that run takes, the roster file, and refusals.</summary>
public sealed class ScheduleCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ccsim-schedule-").FullName;

    /// <summary>One day of 08:00–14:00 in half hours: small enough to solve and simulate in a moment.</summary>
    internal static readonly string Scenario = ScheduleScenarios.Small();

    public ScheduleCommandTests() => File.WriteAllText(Path("small.yaml"), Scenario);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Path(string name) => System.IO.Path.Combine(_directory, name);

    [Fact]
    public void Json_has_the_documented_keys_and_the_cost_lies_above_the_bound()
    {
        var result = CliRunner.Run("schedule", Path("small.yaml"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        double cost = json.GetProperty("cost").GetDouble(), bound = json.GetProperty("lowerBound").GetDouble();
        Assert.True(bound <= cost + 1e-9 && bound > 0, $"bound {bound}, cost {cost}");
        Assert.InRange(json.GetProperty("gap").GetDouble(), 0, 1);
        var shift = json.GetProperty("shifts")[0];
        foreach (var key in new[] { "group", "start", "length", "breaks", "agents", "days" }) Assert.True(shift.TryGetProperty(key, out _), key);
        var coverage = json.GetProperty("coverage");
        Assert.Equal(12, coverage.GetArrayLength());
        foreach (var key in new[] { "start", "group", "required", "scheduled" }) Assert.True(coverage[0].TryGetProperty(key, out _), key);
        Assert.All(coverage.EnumerateArray(), c => Assert.True(c.GetProperty("scheduled").GetDouble() >= c.GetProperty("required").GetInt32() - 1e-9));
        Assert.False(json.TryGetProperty("simulated", out _));
    }

    [Fact]
    public void The_written_scenario_runs_with_the_chosen_shifts()
    {
        var scheduled = CliRunner.Run("schedule", Path("small.yaml"), "--write-scenario", Path("scheduled.yaml"));
        var run = CliRunner.Run("run", Path("scheduled.yaml"), "--format", "json");

        Assert.Equal(0, scheduled.ExitCode);
        Assert.Contains("shifts:", File.ReadAllText(Path("scheduled.yaml")));
        Assert.Equal(0, run.ExitCode);
        Assert.True(JsonDocument.Parse(run.Output).RootElement.TryGetProperty("kpis", out _));
    }

    [Fact]
    public void The_roster_file_has_a_column_for_each_day_of_the_weeks()
    {
        var result = CliRunner.Run("schedule", Path("small.yaml"), "--weeks", "2", "--roster", Path("roster.csv"));

        Assert.Equal(0, result.ExitCode);
        string header = File.ReadLines(Path("roster.csv")).First();
        Assert.StartsWith("agent,group,contractHours,d1 Mon,", header);
        Assert.Contains("d14 Sun,paidHours,weekendShifts", header);
        Assert.Contains("Roster:", result.Output);
    }

    [Fact]
    public void A_requirement_no_template_reaches_is_refused_and_nothing_is_written()
    {
        File.WriteAllText(Path("need.csv"), "start,required\n08:00,2\n13:30,1\n");
        File.WriteAllText(Path("small.yaml"), Scenario.Replace("length: 6h", "length: 5h").Replace("to: \"11:00\"", "to: \"10:00\""));

        var result = CliRunner.Run("schedule", Path("small.yaml"), "--requirement", Path("need.csv"), "--write-scenario", Path("scheduled.yaml"));

        CliRunner.AssertBadInput(result, "no shift template of agent group 'team' covers day 1 13:30");
        Assert.False(File.Exists(Path("scheduled.yaml")));
    }

    [Fact]
    public void A_bad_requirement_row_is_named_with_the_option()
    {
        File.WriteAllText(Path("need.csv"), "start,required\n08:00,many\n");

        var result = CliRunner.Run("schedule", Path("small.yaml"), "--requirement", Path("need.csv"));

        CliRunner.AssertBadInput(result, "--requirement: need.csv, row 2, column 2 ('required'): expected a number of agents ≥ 0, but found \"many\".");
    }

    [Fact]
    public void A_scenario_without_templates_is_refused()
    {
        var result = CliRunner.Run("schedule", CliRunner.BankScenario);

        CliRunner.AssertBadInput(result, "no agent group has shiftTemplates to schedule with");
    }
}
