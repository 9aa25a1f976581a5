using System.Text.Json;

namespace Simulator.Cli.Tests;

public class OptimizeCommandTests
{
    private static JsonElement Json(params string[] args)
    {
        var result = CliRunner.Run(["optimize", CliRunner.BankScenario, .. args, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    [Fact]
    public void The_plan_found_meets_the_target_in_every_interval_and_is_set_against_erlang()
    {
        var json = Json("--replications", "8");

        Assert.True(json.GetProperty("metEverywhere").GetBoolean());
        var intervals = json.GetProperty("intervals");
        Assert.Equal(24, intervals.GetArrayLength());
        foreach (var interval in intervals.EnumerateArray())
        {
            foreach (var level in interval.GetProperty("serviceLevel").EnumerateObject()) Assert.True(level.Value.GetDouble() >= 0.80,
                $"{interval.GetProperty("start")} {level.Name}");
            Assert.True(interval.GetProperty("erlangPlan").GetProperty("generalists").GetInt32() > 0);
        }
        var totals = json.GetProperty("totals");
        Assert.Equal(totals.GetProperty("agentHours").GetDouble() - totals.GetProperty("erlangAgentHours").GetDouble(),
            totals.GetProperty("agentHoursDifference").GetDouble(), 9);
        Assert.True(json.GetProperty("simulations").GetInt32() >= 1);
    }

    [Fact]
    public void The_draft_plans_agent_hours_and_cost_stand_beside_the_found_and_the_erlang_plans()
    {
        string scenario = RepositoryPaths.Scenario("small-staffing-plan.yaml");
        var result = CliRunner.Run("optimize", scenario, "--replications", "4", "--format", "json");
        var table = CliRunner.Run("optimize", scenario, "--replications", "4");

        var json = JsonDocument.Parse(result.Output).RootElement;
        var totals = json.GetProperty("totals");
        Assert.Equal(58, totals.GetProperty("draftAgentHours").GetDouble(), 9); // 116 half-hour heads in the draft
        Assert.Equal(58 * 26, totals.GetProperty("draftCost").GetDouble(), 9);
        Assert.Equal(totals.GetProperty("agentHours").GetDouble() - 58, totals.GetProperty("agentHoursDifferenceFromDraft").GetDouble(), 9);
        Assert.Equal(4, json.GetProperty("intervals")[0].GetProperty("draftPlan").GetProperty("team").GetInt32());
        Assert.Contains("Draft plan (the scenario's own heads for these groups): 58 paid agent-hours, cost 1,508;", table.Output);
    }

    [Fact]
    public void A_higher_target_needs_more_agent_hours()
    {
        double Hours(string target) => Json("--replications", "6", "--target", target).GetProperty("totals").GetProperty("agentHours").GetDouble();

        Assert.True(Hours("0.9") > Hours("0.8"));
    }

    [Fact]
    public void Only_the_named_group_changes()
    {
        var json = Json("--replications", "6", "--group", "card-specialists");

        Assert.Equal(["card-specialists"], json.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.False(json.GetProperty("intervals")[0].GetProperty("plan").TryGetProperty("generalists", out _));
    }

    [Fact]
    public void The_plan_written_back_is_a_scenario_that_runs_to_the_same_numbers()
    {
        using var directory = new TemporaryDirectory();
        string written = directory.File("optimized.yaml");

        var optimized = Json("--replications", "6", "--write-scenario", written);
        var run = JsonDocument.Parse(CliRunner.Run("run", written, "--format", "json").Output).RootElement;

        Assert.Equal(optimized.GetProperty("kpis").GetProperty("serviceLevel").GetProperty("mean").GetDouble(),
            run.GetProperty("kpis").GetProperty("serviceLevel").GetProperty("mean").GetDouble());
        Assert.Contains("agents: [", File.ReadAllText(written));
    }

    [Fact]
    public void Report_adds_the_staffing_chart_to_the_plan_table()
    {
        using var directory = new TemporaryDirectory();

        Json("--replications", "4", "--report", directory.Path);

        var png = File.ReadAllBytes(directory.File("staffing-by-interval.png"));
        Assert.Equal(1920, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal("svg", System.Xml.Linq.XDocument.Load(directory.File("staffing-by-interval.svg")).Root!.Name.LocalName);
        Assert.Contains("| Start | generalists (Erlang) | generalists (simulated) |", File.ReadAllText(directory.File("report.md")));
        // The title names the difference in words, never as a signed number ("takes -11 agent-hours").
        string html = File.ReadAllText(directory.File("report.html"));
        Assert.Matches(@"(with [\d,.]+ agent-hours fewer than|takes [\d,.]+ agent-hours more than|need the same agent-hours).*", html);
        Assert.DoesNotMatch(@"takes -\d", html);
    }

    [Fact]
    public void Bad_values_are_refused_before_anything_runs()
    {
        CliRunner.AssertBadInput(CliRunner.Run("optimize", CliRunner.BankScenario, "--group", "nightshift"), "--group: no agent group 'nightshift'");
        CliRunner.AssertBadInput(CliRunner.Run("optimize", CliRunner.BankScenario, "--target", "1.5"), "--target: expected a share (0, 1]");
        CliRunner.AssertBadInput(CliRunner.Run("optimize", CliRunner.BankScenario, "--max-abandonment", "0"), "--max-abandonment: expected a share (0, 1]");
    }
}
