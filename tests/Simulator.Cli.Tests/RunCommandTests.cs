using System.Text.Json;

namespace Simulator.Cli.Tests;

public class RunCommandTests
{
    private static JsonElement Json(params string[] args)
    {
        var result = CliRunner.Run(["run", CliRunner.BankScenario, .. args, "--format", "json"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    [Fact]
    public void Json_has_the_contract_keys_with_confidence_intervals()
    {
        var json = Json("--replications", "5");

        Assert.Equal("Retail bank – weekday", json.GetProperty("scenario").GetString());
        Assert.Equal(5, json.GetProperty("replications").GetInt32());
        Assert.Equal(42, json.GetProperty("seed").GetInt64());
        var kpis = json.GetProperty("kpis");
        foreach (var key in new[] { "serviceLevel", "abandonmentRate", "averageSpeedOfAnswerSeconds", "averageHandleTimeSeconds", "occupancy", "offered",
            "answered", "abandoned", "costPerContact" })
        {
            var kpi = kpis.GetProperty(key);
            double mean = kpi.GetProperty("mean").GetDouble();
            Assert.InRange(mean, kpi.GetProperty("ciLow").GetDouble(), kpi.GetProperty("ciHigh").GetDouble());
        }
        Assert.Equal(24, json.GetProperty("intervals").GetArrayLength());
        Assert.Equal("08:00", json.GetProperty("intervals")[0].GetProperty("start").GetString());
        Assert.Equal(2, json.GetProperty("contactTypes").GetArrayLength());
        Assert.Equal("general", json.GetProperty("contactTypes")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void One_replication_has_null_bounds()
    {
        var kpi = Json("--replications", "1").GetProperty("kpis").GetProperty("serviceLevel");

        Assert.Equal(JsonValueKind.Number, kpi.GetProperty("mean").ValueKind);
        Assert.Equal(JsonValueKind.Null, kpi.GetProperty("ciLow").ValueKind);
        Assert.Equal(JsonValueKind.Null, kpi.GetProperty("ciHigh").ValueKind);
    }

    [Fact]
    public void Same_seed_gives_identical_json_and_another_seed_differs()
    {
        var first = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "4", "--format", "json").Output;
        var second = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "4", "--format", "json").Output;
        var other = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "4", "--seed", "7", "--format", "json").Output;

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Days_option_repeats_the_daily_profile()
    {
        var json = Json("--replications", "2", "--days", "3");

        Assert.Equal(3, json.GetProperty("days").GetInt32());
        Assert.Equal(72, json.GetProperty("intervals").GetArrayLength());
        Assert.Equal(3, json.GetProperty("intervals")[71].GetProperty("day").GetInt32());
    }

    [Fact]
    public void Table_shows_headline_kpis_then_the_day_by_interval()
    {
        var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Retail bank – weekday: 5 replications, seed 42, 1 day of 08:00–20:00", result.Output);
        Assert.Matches(@"│ Service level, all \(own targets\)\s+│\s+\d+\.\d% │\s+\d+\.\d% – \d+\.\d% │", result.Output);
        Assert.Matches(@"│ Service level, voice\s+│\s+\d+\.\d% │", result.Output);
        Assert.DoesNotContain("Service level, email", result.Output); // a channel the scenario lacks is left out
        Assert.Contains("By interval:", result.Output);
        Assert.Matches(@"│ 10:30 │", result.Output);
        Assert.Contains("By contact type:", result.Output);
        Assert.Equal("", result.Error); // no progress line when stderr is not a terminal
    }

    [Fact]
    public void Csv_has_an_overall_row_interval_rows_contact_type_rows_and_cost_rows()
    {
        var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "3", "--format", "csv");

        var lines = result.Output.TrimEnd().Split('\n');
        Assert.StartsWith("\uFEFFscope,id,day,start,serviceLevel,serviceLevelCiLow,serviceLevelCiHigh,voiceServiceLevel,", lines[0]);
        Assert.StartsWith("overall,,,,", lines[1]);
        Assert.StartsWith("interval,,1,08:00,", lines[2]);
        Assert.StartsWith("contactType,cards,,,", lines[1 + 1 + 24 + 1]);
        Assert.StartsWith("cost,agentHours,,,", lines[1 + 1 + 24 + 2]);
        Assert.Contains(",22042,22042,22042,", lines[1 + 1 + 24 + 2]); // the bank's paid heads × hours × rate, the same in every replication
        Assert.StartsWith("cost,fixed,,,", lines[^1]);
        Assert.Equal(1 + 1 + 24 + 2 + Simulator.Core.Simulation.CostCatalogue.All.Count, lines.Length);
    }

    [Fact]
    public void Simulated_bank_day_is_plausible_against_the_erlang_a_plan()
    {
        // `ccsim staff --model erlang-a` predicts 90.1 % for the plan; lognormal talk times and a
        // constant wrap-up are not Erlang's exponentials, so agreement is close, not exact.
        var json = Json("--replications", "20");
        var plan = JsonDocument.Parse(CliRunner.Run("staff", CliRunner.BankScenario, "--model", "erlang-a", "--format", "json").Output).RootElement;

        double simulated = json.GetProperty("kpis").GetProperty("serviceLevel").GetProperty("mean").GetDouble();
        double predicted = plan.GetProperty("totals").GetProperty("plannedServiceLevel").GetDouble();
        Assert.InRange(simulated, predicted - 0.05, predicted + 0.05);
        double offered = json.GetProperty("kpis").GetProperty("offered").GetProperty("mean").GetDouble();
        Assert.InRange(offered, plan.GetProperty("totals").GetProperty("volume").GetDouble() * 0.97, plan.GetProperty("totals").GetProperty("volume")
            .GetDouble() * 1.03);
    }

    [Theory]
    [InlineData(new[] { "--replications", "0" }, "--replications: expected a whole number from 1 to 1,000,000, but found \"0\"")]
    [InlineData(new[] { "--replications", "many" }, "--replications: expected a whole number")]
    [InlineData(new[] { "--seed", "-5" }, "--seed: expected a whole number from 0")]
    [InlineData(new[] { "--seed", "1.5" }, "--seed: expected a whole number from 0")]
    [InlineData(new[] { "--days", "0" }, "--days: expected a whole number from 1")]
    [InlineData(new[] { "--format", "xml" }, "Argument 'xml' not recognized")]
    [InlineData(new[] { "--output", "/proc/ccsim-cannot-write/here.json" }, "--output: cannot write '/proc/ccsim-cannot-write/here.json'")]
    public void Bad_values_exit_1_before_anything_runs(string[] args, string message)
    {
        CliRunner.AssertBadInput(CliRunner.Run(["run", CliRunner.BankScenario, .. args]), message);
    }

    [Fact]
    public void Invalid_scenario_gets_the_same_message_as_validate()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("bad.yaml");
        File.WriteAllText(path, File.ReadAllText(CliRunner.BankScenario).Replace("target: 0.80", "target: 8"));

        var run = CliRunner.Run("run", path);
        var validate = CliRunner.Run("validate", path);

        CliRunner.AssertBadInput(run, "serviceLevel.target: expected a share in (0, 1]");
        Assert.Equal(validate.Error, run.Error);
    }

    [Fact]
    public void Days_cannot_stretch_a_file_that_lists_every_day()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("two-days.yaml");
        File.WriteAllText(path, """
            name: Two listed days
            horizon: { start: "09:00", end: "10:00", interval: 30m, days: 2 }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - { id: calls, arrivals: { volumes: [10, 20, 30, 40] }, handleTime: { mean: 180s } }
            agentGroups:
              - { id: team, agents: 5, skills: [calls] }
            """);

        CliRunner.AssertBadInput(CliRunner.Run("run", path, "--days", "3"), "--days: ");
    }

    [Fact]
    public void Contacts_writes_a_log_that_history_reads_back_with_the_replications_counts()
    {
        using var directory = new TemporaryDirectory();
        string log = directory.File("contacts.csv");

        var run = CliRunner.Run("run", RepositoryPaths.Scenario("bank-chatbot.yaml"), "--replications", "1", "--contacts", log, "--format", "json");
        var history = CliRunner.Run("history", log, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, history.ExitCode);
        var kpis = JsonDocument.Parse(run.Output).RootElement.GetProperty("kpis");
        var types = JsonDocument.Parse(history.Output).RootElement.GetProperty("contactTypes").EnumerateArray().ToList();
        Assert.Equal(kpis.GetProperty("offered").GetProperty("mean").GetDouble(), types.Sum(t => t.GetProperty("offered").GetDouble()));
        Assert.Equal(kpis.GetProperty("answered").GetProperty("mean").GetDouble(), types.Sum(t => t.GetProperty("answered").GetDouble()));
        Assert.Equal(kpis.GetProperty("abandoned").GetProperty("mean").GetDouble(), types.Sum(t => t.GetProperty("abandoned").GetDouble()));
        var rows = File.ReadAllLines(log);
        Assert.Equal("arrival,contactType,outcome,waitSeconds,handleSeconds,agent,customer,attempt", rows[0]);
        Assert.Equal(kpis.GetProperty("contained").GetProperty("mean").GetDouble(), rows.Count(r => r.Contains(",contained,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Contacts_of_a_later_replication_differ_from_the_first()
    {
        using var directory = new TemporaryDirectory();
        string first = directory.File("first.csv"), second = directory.File("second.csv");

        Assert.Equal(0, CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--contacts", first).ExitCode);
        Assert.Equal(0, CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--contacts", second, "--replication", "2").ExitCode);

        Assert.NotEqual(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Theory]
    [InlineData("--replication", "3", "--contacts", "x.csv", "--replication: expected a replication from 1 to 2")]
    [InlineData("--replication", "1", null, null, "--replication: says which replication --contacts writes")]
    public void A_replication_outside_the_run_is_refused_and_nothing_is_written(string option, string value, string? contacts, string? path, string expected)
    {
        using var directory = new TemporaryDirectory();
        string[] args = ["run", CliRunner.BankScenario, "--replications", "2", option, value];
        if (contacts is not null) args = [.. args, contacts, directory.File(path!)];

        CliRunner.AssertBadInput(CliRunner.Run(args), expected);
        Assert.Empty(Directory.GetFiles(directory.Path));
    }
}

public class OutputInjectionTests
{
    [Fact]
    public void A_contact_type_id_that_reads_as_a_formula_is_written_to_csv_as_text()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("formula.yaml");
        File.WriteAllText(path, File.ReadAllText(RepositoryPaths.Scenario("small-staffing-plan.yaml"))
            .Replace("id: service", "id: \"=HYPERLINK(\\\"http://evil\\\")\"")
            .Replace("skills: [service]", "skills: [\"=HYPERLINK(\\\"http://evil\\\")\"]"));

        var result = CliRunner.Run("run", path, "--replications", "2", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("'=HYPERLINK", result.Output);
        Assert.DoesNotMatch("(^|,)\"?=HYPERLINK", result.Output);
    }

    [Fact]
    public void A_scenario_name_with_terminal_escapes_is_refused_and_not_echoed_raw()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("escape.yaml");
        File.WriteAllText(path, File.ReadAllText(RepositoryPaths.Scenario("small-staffing-plan.yaml"))
            .Replace("name: Small team – staffing plan", "name: \"Bank\\e]0;pwned\\a\\e[2J\"\nbad\u001b[2J: 1"));

        var result = CliRunner.Run("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("without control characters", result.Error);
        Assert.DoesNotContain(result.Error, c => c == '\u001b' || c == '\u0007');
    }
}
