using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;

namespace Simulator.Core.Tests.Scheduling;

/// <summary>Requirements per interval and group: from the Erlang planner or a CSV, bad rows named by file, row and column.</summary>
public sealed class ScheduleRequirementTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ccsim-requirement-").FullName;

    private static readonly Scenario Rules = ScenarioLoader.Parse(ScheduleText.Rules, "rules.yaml");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Csv(string text)
    {
        string path = Path.Combine(_directory, "need.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Clock_times_apply_to_every_day_and_fractions_round_up()
    {
        var requirement = ScheduleRequirement.FromCsv(Csv("start,required\n08:00,2\n09:00,3.2\n"), Rules, ["team"]);

        Assert.Equal([2, 4, 0, 0, 0, 0, 0, 0, 2, 4, 0, 0, 0, 0, 0, 0], requirement.Agents["team"]);
    }

    [Fact]
    public void Dates_count_days_from_the_first_and_groups_are_named()
    {
        var requirement = ScheduleRequirement.FromCsv(Csv("start,group,required\n2026-03-02 08:00,team,1\n2026-03-03 15:00,team,5\n"), Rules, ["team"]);

        Assert.Equal(1, requirement.Agents["team"][0]);
        Assert.Equal(5, requirement.Agents["team"][15]);
    }

    [Fact]
    public void A_negative_requirement_is_named_by_file_row_and_column()
    {
        var error = Assert.Throws<InputException>(() => ScheduleRequirement.FromCsv(Csv("start,required\n08:00,2\n09:00,-1\n"), Rules, ["team"]));

        Assert.Equal("need.csv, row 3, column 2 ('required'): expected a number of agents ≥ 0, but found \"-1\".", error.Message);
    }

    [Fact]
    public void A_start_off_the_interval_grid_is_refused()
    {
        var error = Assert.Throws<InputException>(() => ScheduleRequirement.FromCsv(Csv("start,required\n08:30,2\n"), Rules, ["team"]));

        Assert.StartsWith("need.csv, row 2, column 1 ('start'): 08:30 is not the start of a 1h interval between 08:00 and 16:00", error.Message);
    }

    [Fact]
    public void A_missing_required_column_is_named()
    {
        var error = Assert.Throws<InputException>(() => ScheduleRequirement.FromCsv(Csv("start,agents\n08:00,2\n"), Rules, ["team"]));

        Assert.Contains("no column 'required'", error.Message);
    }

    [Fact]
    public void The_erlang_requirement_is_each_types_scheduled_agents()
    {
        var plan = StaffingPlanner.Plan(Rules, QueueModelKind.ErlangC);

        var requirement = ScheduleRequirement.FromPlan(Rules, plan, ["team"]);

        Assert.Equal(plan.Intervals.Select(r => r.ScheduledAgents), requirement.Agents["team"]);
    }
}
