using System.Text.Json;
using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;

namespace Simulator.Reports.Tests;

public class ReportTests
{
    private static readonly ServiceLevelGoal Goal = new(0.8, TimeSpan.FromSeconds(20));

    private static ErlangReport WorkedExample(int? agents = null)
    {
        var workload = new IntervalWorkload(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180));
        var model = new ErlangC(workload);
        var recommendation = agents is int n
            ? StaffingCalculator.Assess(model, n, Goal, 0.3, neighbourhood: 2)
            : StaffingCalculator.Recommend(model, Goal, 0.3, neighbourhood: 2);
        return new ErlangReport(workload, Goal, 0.3, recommendation, agents is not null);
    }

    [Fact]
    public void Erlang_table_marks_the_answer_and_what_one_agent_more_or_fewer_buys()
    {
        var output = new StringWriter();

        WorkedExample().WriteTable(output);

        string text = output.ToString();
        Assert.Contains("Erlang C: 100 contacts per 30m, AHT 3m = 10.00 Erlangs", text);
        Assert.Matches(@"│ 14\s+│\s+20 │\s+88\.8% │\s+17\.4% │\s+7\.8 s │\s+71\.4% │ ◀ required │", text);
        Assert.Matches(@"│ 12\s+│\s+18 │\s+64\.0%", text);
        Assert.Matches(@"│ 16\s+│\s+23 │\s+97\.1%.*meets", text);
    }

    [Fact]
    public void Asked_agents_are_marked_as_asked_and_judged()
    {
        var output = new StringWriter();

        WorkedExample(agents: 12).WriteTable(output);

        Assert.Contains("12 agents on the phones (18 scheduled at 30.0% shrinkage) misses the goal", output.ToString());
        Assert.Contains("◀ asked", output.ToString());
    }

    [Fact]
    public void Json_uses_camel_case_and_null_for_an_unbounded_wait()
    {
        var output = new StringWriter();

        WorkedExample(agents: 10).WriteJson(output);

        var json = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(JsonValueKind.Null, json.GetProperty("averageSpeedOfAnswerSeconds").ValueKind);
        Assert.Equal("offered", json.GetProperty("serviceLevelDefinition").GetString());
        Assert.Equal(JsonValueKind.Number, json.GetProperty("neighbourhood")[4].GetProperty("averageSpeedOfAnswerSeconds").ValueKind);
    }

    [Fact]
    public void Csv_quotes_fields_that_need_it()
    {
        var output = new StringWriter();

        CsvTable.Write(output, [new { Name = "cards, lost", Share = 0.25, Missing = (double?)null, Met = true }]);

        Assert.Equal("\uFEFFname,share,missing,met\n\"cards, lost\",0.25,,true\n", output.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Csv_written_to_a_file_starts_with_a_utf8_byte_order_mark_so_spreadsheets_read_en_dashes()
    {
        using var directory = new TemporaryDirectory();

        AtomicFile.Write(directory.File("names.csv"), w => CsvTable.Write(w, ["name"], [["Retail bank – weekday"]]));

        byte[] bytes = File.ReadAllBytes(directory.File("names.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("Retail bank – weekday", System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Staffing_table_gathers_the_misses_of_a_multi_day_horizon_by_time_of_day_and_day_of_the_week()
    {
        var scenario = ScenarioLoader.Parse("""
            name: Two days
            horizon: { start: "09:00", end: "10:00", interval: 30m, days: 2 }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - { id: calls, arrivals: { volumes: [100, 100, 100, 300] }, handleTime: { mean: 180s } }
            agentGroups:
              - { id: team, agents: 20, shrinkage: 0.3, skills: [calls] }
            """, "two-days.yaml");
        var output = new StringWriter();

        StaffingReport.WriteTable(output, StaffingPlanner.Plan(scenario, QueueModelKind.ErlangC));

        string text = output.ToString();
        Assert.Contains("│ 2 09:30", text);
        Assert.Contains("The plan misses the goal in 1 of 4 intervals over 2 days. By time of day:", text);
        Assert.Matches(@"│ 09:30 │\s+1 │ 1 of 2 │ calls", text);
        Assert.Contains("By day of the week", text);
    }

    [Fact]
    public void Atomic_write_keeps_the_old_file_when_writing_fails()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("out.txt");
        File.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, w =>
        {
            w.Write("half");
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(directory.Path));
        AtomicFile.Write(path, w => w.Write("new"));
        Assert.Equal("new", File.ReadAllText(path));
    }
}
