using System.Text.Json;

namespace Simulator.Cli.Tests;

public class StaffCommandTests
{
    [Fact]
    public void Bank_example_table_shows_requirements_and_the_short_intervals()
    {
        var result = CliRunner.Run("staff", CliRunner.BankScenario);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Retail bank – weekday — Erlang C, goal 80.0% within 20s (offered)", result.Output);
        Assert.Contains("✗ short", result.Output);
        Assert.Matches(@"The plan misses the goal in \d+ of 48 intervals: .*10:30 general", result.Output);
        Assert.Contains("Totals: 4,238 contacts", result.Output);
    }

    private const string FortnightShortAtHalfPastNine = """
        name: Two weeks, short at 09:30
        horizon: { start: "09:00", end: "11:00", interval: 30m, days: 14 }
        serviceLevel: { target: 0.80, answerWithin: 20s }
        contactTypes:
          - id: general
            arrivals: { volumes: [10, 40, 10, 10] }
            handleTime: { mean: 180s }
        agentGroups:
          - { id: team, agents: 3, skills: [general] }
        """;

    [Fact]
    public void A_multi_day_plan_summarises_its_misses_by_time_of_day_and_day_of_the_week()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("fortnight.yaml");
        File.WriteAllText(path, FortnightShortAtHalfPastNine);

        var table = CliRunner.Run("staff", path);
        var json = JsonDocument.Parse(CliRunner.Run("staff", path, "--format", "json").Output).RootElement.GetProperty("totals");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("The plan misses the goal in 14 of 56 intervals over 14 days. By time of day:", table.Output);
        Assert.Matches(@"│ 09:30 │\s+14 │ 14 of 14 │ general\s+│", table.Output);
        Assert.Matches(@"│ 1\s+│\s+1, 8 │\s+2 │\s+2 of 2 │", table.Output);
        Assert.DoesNotContain("day 1 09:30", table.Output); // no longer one entry per missed interval
        var byTime = Assert.Single(json.GetProperty("missesByTimeOfDay").EnumerateArray());
        Assert.Equal("09:30", byTime.GetProperty("start").GetString());
        Assert.Equal(14, byTime.GetProperty("days").GetInt32());
        var byWeekday = json.GetProperty("missesByDayOfWeek");
        Assert.Equal(7, byWeekday.GetArrayLength());
        Assert.All(byWeekday.EnumerateArray(), day => Assert.Equal(2, day.GetProperty("misses").GetInt32()));
        Assert.Equal([3, 10], byWeekday[2].GetProperty("horizonDays").EnumerateArray().Select(d => d.GetInt32()));
    }

    [Fact]
    public void Closed_intervals_are_left_out_of_the_table_and_out_of_the_count_of_misses()
    {
        // The Christmas week: closed on 25 December (day 4) and on Sunday (day 7), 08:00-16:00 on Friday, 09:00-13:00 on Saturday.
        var table = CliRunner.Run("staff", RepositoryPaths.Scenario("bank-christmas-week.yaml"));
        var totals = JsonDocument.Parse(CliRunner.Run("staff", RepositoryPaths.Scenario("bank-christmas-week.yaml"), "--format", "json").Output)
            .RootElement.GetProperty("totals");

        Assert.Equal(0, table.ExitCode);
        Assert.DoesNotMatch(@"│ 4 \d\d:\d\d", table.Output);
        Assert.DoesNotMatch(@"│ 6 1[3-9]:\d\d", table.Output);
        Assert.DoesNotMatch(@"│ 7 \d\d:\d\d", table.Output);
        Assert.Contains("closed intervals (outside a day's opening hours or on a closed date) left out: nothing to staff there.", table.Output);
        int open = 24 * 3 + 16 + 8; // three full days of 24 half hours, Friday's 16, Saturday's 8
        Assert.Equal(2 * open, totals.GetProperty("intervals").GetInt32()); // two contact types
        Assert.Matches($@"misses the goal in \d+ of {2 * open} intervals", table.Output);
    }

    [Fact]
    public void Json_has_intervals_and_totals()
    {
        var result = CliRunner.Run("staff", CliRunner.BankScenario, "--format", "json");

        var json = JsonDocument.Parse(result.Output).RootElement;
        var intervals = json.GetProperty("intervals");
        Assert.Equal(48, intervals.GetArrayLength());
        var first = intervals[0];
        Assert.Equal("08:00", first.GetProperty("start").GetString());
        Assert.Equal("general", first.GetProperty("contactType").GetString());
        Assert.Equal(62, first.GetProperty("volume").GetDouble());
        foreach (var key in new[] { "averageHandleTimeSeconds", "requiredAgents", "scheduledAgents", "serviceLevel", "averageSpeedOfAnswerSeconds", "occupancy",
            "plannedAgents", "gap", "plannedServiceLevel" })
        {
            Assert.True(first.TryGetProperty(key, out _), key);
        }
        var totals = json.GetProperty("totals");
        Assert.True(totals.GetProperty("requiredAgentHours").GetDouble() > 0);
        Assert.True(totals.GetProperty("intervalsMissingTarget").GetInt32() > 0);
        Assert.Equal(totals.GetProperty("intervalsMissingTarget").GetInt32(), totals.GetProperty("missedIntervals").GetArrayLength());
    }

    [Fact]
    public void Csv_has_one_row_per_interval_and_contact_type_with_camel_case_headers()
    {
        var result = CliRunner.Run("staff", CliRunner.BankScenario, "--format", "csv");

        var lines = result.Output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(49, lines.Length);
        Assert.StartsWith("\uFEFFday,start,contactType,volume,averageHandleTimeSeconds,trafficIntensity,requiredAgents,scheduledAgents,", lines[0]);
        Assert.StartsWith("1,08:00,general,62,300,", lines[1]);
    }

    [Fact]
    public void Erlang_a_needs_fewer_agent_hours_than_erlang_c()
    {
        double Hours(string model)
        {
            var result = CliRunner.Run("staff", CliRunner.BankScenario, "--model", model, "--format", "json");
            return JsonDocument.Parse(result.Output).RootElement.GetProperty("totals").GetProperty("requiredAgentHours").GetDouble();
        }

        Assert.True(Hours("erlang-a") < Hours("erlang-c"));
    }

    [Fact]
    public void Output_file_is_written_whole()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("plan.json");

        var result = CliRunner.Run("staff", CliRunner.BankScenario, "--format", "json", "--output", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(48, JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("intervals").GetArrayLength());
        Assert.Single(Directory.GetFiles(directory.Path)); // no temporary file left behind
    }

    [Fact]
    public void Bad_scenario_leaves_no_output_file()
    {
        using var directory = new TemporaryDirectory();
        string scenario = directory.File("bad.yaml");
        File.WriteAllText(scenario, File.ReadAllText(CliRunner.BankScenario).Replace("mean: 270s", "mean: 270"));
        string path = directory.File("plan.csv");

        var result = CliRunner.Run("staff", scenario, "--format", "csv", "--output", path);

        CliRunner.AssertBadInput(result, "bad.yaml:20:50: contactTypes[0].handleTime.mean");
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Missing_file_is_bad_input()
    {
        CliRunner.AssertBadInput(CliRunner.Run("staff", "no-such-scenario.yaml"), "no-such-scenario.yaml:1:1: cannot read the scenario file: no such file");
    }

    [Fact]
    public void Unknown_model_is_bad_input()
    {
        CliRunner.AssertBadInput(CliRunner.Run("staff", CliRunner.BankScenario, "--model", "erlang-b"), "Argument 'erlang-b' not recognized");
    }
}
