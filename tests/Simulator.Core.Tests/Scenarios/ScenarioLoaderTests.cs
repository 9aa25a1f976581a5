using Simulator.Core.Analytics;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

public class ScenarioLoaderTests
{
    private static Scenario Parse(string text) => ScenarioLoader.Parse(text, "test.yaml");

    private static IReadOnlyList<ScenarioDiagnostic> Problems(string text) =>
        Assert.Throws<ScenarioException>(() => Parse(text)).Diagnostics;

    private static ScenarioDiagnostic SingleProblem(string text) => Assert.Single(Problems(text));

    [Fact]
    public void Valid_scenario_loads_with_every_key()
    {
        var scenario = Parse(ScenarioText.Valid);

        Assert.Equal("Test centre", scenario.Name);
        Assert.Equal(7, scenario.Seed);
        Assert.Equal(5, scenario.Replications);
        Assert.Equal(4, scenario.Horizon.IntervalsPerDay);
        Assert.Equal(TimeSpan.FromHours(9), scenario.Horizon.Start);
        Assert.Equal(0.80, scenario.ServiceLevel.Target);
        Assert.Equal(TimeSpan.FromSeconds(20), scenario.ServiceLevel.AnswerWithin);
        var general = scenario.ContactTypes[0];
        Assert.Equal(Channel.Voice, general.Channel);
        Assert.Equal(new IntervalVolumes([100, 120, 140, 90]), general.Arrivals);
        Assert.Equal(TimeSpan.FromSeconds(300), general.Patience!.Mean);
        var sales = scenario.ContactTypes[1];
        Assert.Equal(18, sales.Arrivals.VolumeIn(0, scenario.Horizon), 10); // 0.01/s × 1800 s
        Assert.Equal(new DurationDistribution(DistributionFamily.Lognormal, TimeSpan.FromMinutes(4), 0.8), sales.HandleTime);
        Assert.Null(sales.Patience);
        var team = scenario.AgentGroups[0];
        Assert.Equal(20, team.Agents.At(3));
        Assert.Equal(0.30, team.Shrinkage);
        Assert.Equal(["general", "sales"], team.Skills);
    }

    [Fact]
    public void Optional_keys_take_their_stated_defaults()
    {
        var scenario = Parse("""
            name: Minimal
            horizon: { start: "00:00", end: "24:00", interval: 1h }
            serviceLevel: { target: 0.9, answerWithin: 30s }
            contactTypes:
              - id: calls
                arrivals: { rate: 100/h }
                handleTime: { mean: 5m }
            agentGroups:
              - { id: all, agents: 10, skills: [calls] }
            """);

        Assert.Equal(Scenario.DefaultSeed, scenario.Seed);
        Assert.Equal(Scenario.DefaultReplications, scenario.Replications);
        Assert.Equal(1, scenario.Horizon.Days);
        Assert.Equal(24, scenario.Horizon.IntervalsPerDay);
        Assert.Equal(ServiceLevelDefinition.Offered, scenario.ServiceLevel.Definition);
        Assert.Equal(TimeSpan.FromSeconds(5), scenario.ServiceLevel.ShortAbandonLimit);
        Assert.Null(scenario.MaxOccupancy);
        Assert.Equal(DistributionFamily.Exponential, scenario.ContactTypes[0].HandleTime.Family);
        Assert.Equal(Channel.Voice, scenario.ContactTypes[0].Channel);
        Assert.Equal(0, scenario.AgentGroups[0].Shrinkage);
        Assert.Equal(0, scenario.AgentGroups[0].CostPerHour);
    }

    [Fact]
    public void Example_scenarios_in_the_repository_are_valid()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root(), "scenarios"), "*.yaml");

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.NotEmpty(ScenarioLoader.Load(file).ContactTypes));
    }

    [Fact]
    public void Unknown_key_is_reported_where_it_stands_with_the_closest_valid_key()
    {
        var problems = Problems(ScenarioText.Valid.Replace("handleTime: { distribution: exponential", "handleTme: { distribution: exponential"));

        var problem = Assert.Single(problems, p => p.Path == "contactTypes[0].handleTme");
        Assert.Equal(10, problem.Line);
        Assert.Equal(5, problem.Column);
        Assert.Contains("unknown key 'handleTme'", problem.Message);
        Assert.Contains("did you mean 'handleTime'?", problem.Message);
    }

    [Fact]
    public void Missing_handle_time_is_reported_alongside_the_misspelt_key()
    {
        // The misspelling leaves handleTime missing too; both are said, so the fix is obvious.
        var problems = Problems(ScenarioText.Valid.Replace("handleTime: { mean: 4m", "handelTime: { mean: 4m")
            .Replace("handleTime: { distribution: lognormal", "handelTime: { distribution: lognormal"));

        Assert.Contains(problems, p => p.Message.Contains("did you mean 'handleTime'"));
        Assert.Contains(problems, p => p.Path == "contactTypes[1].handleTime" && p.Message.Contains("missing required key"));
    }

    [Theory]
    [InlineData("mean: 180s }", "mean: 180 }", "contactTypes[0].handleTime.mean", "has no unit")]
    [InlineData("mean: 180s }", "mean: 3 fortnights }", "contactTypes[0].handleTime.mean", "expected a duration with a unit")]
    [InlineData("answerWithin: 20s", "answerWithin: 20", "serviceLevel.answerWithin", "has no unit")]
    [InlineData("rate: 0.01/s", "rate: 0.01", "contactTypes[1].arrivals.rate", "expected a rate with a unit")]
    [InlineData("rate: 0.01/s", "rate: -0.01/s", "contactTypes[1].arrivals.rate", "zero or more")]
    [InlineData("interval: 30m", "interval: 30x", "horizon.interval", "expected a duration with a unit")]
    [InlineData("start: \"09:00\"", "start: \"9am\"", "horizon.start", "clock time")]
    [InlineData("mean: 180s }", "mean: 0s }", "contactTypes[0].handleTime.mean", "greater than zero")]
    public void Durations_and_rates_need_their_units(string original, string replacement, string path, string message)
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace(original, replacement));

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
        Assert.Equal("test.yaml", problem.File);
        Assert.True(problem.Line > 1);
    }

    [Theory]
    [InlineData("target: 0.80", "target: high", "serviceLevel.target", "a share in (0, 1]")]
    [InlineData("target: 0.80", "target: 1.2", "serviceLevel.target", "a share in (0, 1]")]
    [InlineData("target: 0.80", "target: 0", "serviceLevel.target", "a share in (0, 1]")]
    [InlineData("shrinkage: 0.30", "shrinkage: 1", "agentGroups[0].shrinkage", "a share in [0, 1)")]
    [InlineData("shrinkage: 0.30", "shrinkage: -0.1", "agentGroups[0].shrinkage", "a share in [0, 1)")]
    [InlineData("agents: 20", "agents: -3", "agentGroups[0].agents", "whole number ≥ 0")]
    [InlineData("agents: 20", "agents: twenty", "agentGroups[0].agents", "whole number ≥ 0")]
    [InlineData("costPerHour: 25", "costPerHour: -5", "agentGroups[0].costPerHour", "cost per paid hour from 0 to")]
    [InlineData("[100, 120, 140, 90]", "[100, -120, 140, 90]", "contactTypes[0].arrivals.volumes[1]", "contact count ≥ 0")]
    [InlineData("[100, 120, 140, 90]", "[100, lots, 140, 90]", "contactTypes[0].arrivals.volumes[1]", "contact count ≥ 0")]
    [InlineData("replications: 5", "replications: 0", "replications", "whole number ≥ 1")]
    [InlineData("seed: 7", "seed: -7", "seed", "whole number ≥ 0")]
    [InlineData("cv: 0.8", "cv: 0", "contactTypes[1].handleTime.cv", "coefficient of variation > 0")]
    [InlineData("channel: voice", "channel: fax", "contactTypes[0].channel", "one of voice, chat, email")]
    [InlineData("distribution: exponential, mean: 180s", "distribution: weibull, mean: 180s", "contactTypes[0].handleTime.distribution",
        "one of exponential, lognormal, gamma, constant, empirical")]
    public void Values_out_of_range_or_not_numbers_are_reported(string original, string replacement, string path, string message)
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace(original, replacement));

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Loads_beyond_a_billion_erlangs_are_refused_where_they_are_declared()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("rate: 0.01/s", "rate: 1e9/s"));

        Assert.Equal("contactTypes[1].arrivals", problem.Path);
        Assert.Contains("the models staff up to 1e9 Erlangs", problem.Message);
    }

    [Fact]
    public void Volume_list_must_have_one_value_per_interval()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("[100, 120, 140, 90]", "[100, 120, 140]"));

        Assert.Equal("contactTypes[0].arrivals.volumes", problem.Path);
        Assert.Contains("expected 4 values, one per 30m interval from 09:00 to 11:00, but found 3", problem.Message);
    }

    [Fact]
    public void Multi_day_horizons_take_one_day_or_every_interval_of_every_day()
    {
        string twoDays = ScenarioText.Valid.Replace("days: 1", "days: 2");

        var daily = Parse(twoDays);
        var everyInterval = Parse(twoDays.Replace("[100, 120, 140, 90]", "[100, 120, 140, 90, 1, 2, 3, 4]"));
        var problem = SingleProblem(twoDays.Replace("[100, 120, 140, 90]", "[100, 120, 140, 90, 1]"));

        Assert.Equal(100, daily.ContactTypes[0].Arrivals.VolumeIn(4, daily.Horizon));
        Assert.Equal(1, everyInterval.ContactTypes[0].Arrivals.VolumeIn(4, everyInterval.Horizon));
        Assert.Contains("or 8, one per interval of all 2 days", problem.Message);
    }

    [Fact]
    public void Staffing_plan_per_interval_is_read_and_checked_for_length()
    {
        var planned = Parse(ScenarioText.Valid.Replace("agents: 20", "agents: [10, 12, 14, 9]"));
        var problem = SingleProblem(ScenarioText.Valid.Replace("agents: 20", "agents: [10, 12]"));

        Assert.Equal(14, planned.AgentGroups[0].Agents.At(2));
        Assert.Equal("agentGroups[0].agents", problem.Path);
    }

    [Fact]
    public void Duplicate_ids_are_reported_at_the_second_one()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("- id: sales", "- id: general").Replace("skills: [general, sales]", "skills: [general]"));

        Assert.Equal("contactTypes[1].id", problem.Path);
        Assert.Contains("duplicate id 'general'", problem.Message);
        Assert.Equal(12, problem.Line);
    }

    [Fact]
    public void Skill_naming_no_contact_type_suggests_the_closest()
    {
        var problems = Problems(ScenarioText.Valid.Replace("skills: [general, sales]", "skills: [general, sale]"));

        var problem = Assert.Single(problems, p => p.Path == "agentGroups[0].skills[1]");
        Assert.Contains("no contact type has id 'sale'; did you mean 'sales'?", problem.Message);
        Assert.Contains(problems, p => p.Message.Contains("no agent group serves contact type 'sales'"));
    }

    [Fact]
    public void Malformed_yaml_gives_line_and_column()
    {
        var problem = SingleProblem("name: Broken\nhorizon: { start: \"09:00\", end: \"11:00\"\nserviceLevel: x\n");

        Assert.Contains("malformed YAML", problem.Message);
        Assert.True(problem.Line >= 2);
        Assert.Equal("test.yaml", problem.File);
    }

    [Fact]
    public void Empty_file_is_reported_as_such()
    {
        Assert.Contains("empty", SingleProblem("# nothing here\n").Message);
    }

    [Fact]
    public void Missing_required_sections_are_all_reported()
    {
        var problems = Problems("name: Only a name\n");

        Assert.Equal(new[] { "agentGroups", "contactTypes", "horizon", "serviceLevel" }, problems.Select(p => p.Path).Order());
        Assert.All(problems, p => Assert.Contains("missing required key", p.Message));
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        string text = ScenarioText.Valid
            .Replace("target: 0.80", "target: 2")
            .Replace("mean: 180s }", "mean: 180 }")
            .Replace("shrinkage: 0.30", "shrinkage: 1.5")
            .Replace("interval: 30m", "intervall: 30m");

        var problems = Problems(text);

        Assert.Equal(5, problems.Count); // the misspelt key also leaves 'interval' missing
        Assert.Equal(problems.OrderBy(p => p.Line).ThenBy(p => p.Column), problems);
    }

    [Fact]
    public void Opening_hours_must_divide_into_whole_intervals()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("interval: 30m", "interval: 45m"));

        Assert.Equal("horizon.interval", problem.Path);
        Assert.Contains("not a whole number of 45m intervals", problem.Message);
    }

    [Fact]
    public void The_day_must_end_after_it_starts()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("end: \"11:00\"", "end: \"08:00\""));

        Assert.Equal("horizon.end", problem.Path);
    }

    [Fact]
    public void Arrivals_need_exactly_one_of_rate_or_volumes()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("arrivals: { rate: 0.01/s }", "arrivals: { rate: 0.01/s, volumes: [1, 2, 3, 4] }"));

        Assert.Equal("contactTypes[1].arrivals", problem.Path);
        Assert.Contains("exactly one of 'rate'", problem.Message);
    }

    [Fact]
    public void Lognormal_needs_a_coefficient_of_variation_and_exponential_takes_none()
    {
        var missing = SingleProblem(ScenarioText.Valid.Replace(", cv: 0.8", ""));
        var extra = SingleProblem(ScenarioText.Valid.Replace("distribution: exponential, mean: 180s", "distribution: exponential, mean: 180s, cv: 1"));

        Assert.Equal("contactTypes[1].handleTime.cv", missing.Path);
        Assert.Equal("contactTypes[0].handleTime.cv", extra.Path);
    }

    [Fact]
    public void Empirical_durations_come_from_a_list_or_a_csv_file_beside_the_scenario()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("aht.csv"), "seconds\n100\n200\n5m\n");
        string text = ScenarioText.Valid
            .Replace("handleTime: { distribution: exponential, mean: 180s }", "handleTime: { distribution: empirical, file: aht.csv }")
            .Replace("handleTime: { distribution: lognormal, mean: 4m, cv: 0.8 }", "handleTime: { distribution: empirical, values: [1m, 3m] }");
        string path = directory.File("scenario.yaml");
        File.WriteAllText(path, text);

        var scenario = ScenarioLoader.Load(path);

        Assert.Equal(TimeSpan.FromSeconds(200), scenario.ContactTypes[0].HandleTime.Mean);
        Assert.Equal(3, scenario.ContactTypes[0].HandleTime.Samples!.Count);
        Assert.Equal(TimeSpan.FromMinutes(2), scenario.ContactTypes[1].HandleTime.Mean);
        var missingFile = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text.Replace("aht.csv", "missing.csv"), path));
        Assert.Contains("cannot read the durations file 'missing.csv': no such file", Assert.Single(missingFile.Diagnostics).Message);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("does-not-exist.yaml"));

        Assert.Equal("does-not-exist.yaml:1:1: cannot read the scenario file: no such file", exception.Message);
    }

    [Fact]
    public void A_directory_is_not_taken_for_a_scenario()
    {
        using var directory = new TemporaryDirectory();

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(directory.Path));

        Assert.Contains("it is a directory", exception.Message);
    }

    [Fact]
    public void Duplicate_keys_are_malformed_yaml_with_their_line()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("seed: 7", "seed: 7\nseed: 8"));

        Assert.Equal(3, problem.Line);
        Assert.Contains("Duplicate key seed", problem.Message);
    }

    [Fact]
    public void A_zero_mean_is_refused_for_lognormal_and_gamma_wrap_up()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("handleTime: { distribution: exponential, mean: 180s }",
            "handleTime: { distribution: exponential, mean: 180s }\n    wrapUp: { distribution: gamma, mean: 0s, cv: 0.5 }"));

        Assert.Equal("contactTypes[0].wrapUp.mean", problem.Path);
        Assert.Contains("needs a mean greater than zero", problem.Message);
    }

    [Fact]
    public void Wrap_up_counts_in_the_average_handle_time()
    {
        var scenario = Parse(ScenarioText.Valid.Replace("handleTime: { distribution: exponential, mean: 180s }",
            "handleTime: { distribution: exponential, mean: 180s }\n    wrapUp: { distribution: constant, mean: 30s }"));

        Assert.Equal(TimeSpan.FromSeconds(210), scenario.ContactTypes[0].AverageHandleTime);
    }

    [Fact]
    public void An_unknown_key_lists_the_keys_its_mapping_reads()
    {
        var problem = Assert.Single(Problems(ScenarioText.Valid.Replace("days: 1", "days: 1, dayz: 2")));

        Assert.Equal("horizon.dayz", problem.Path);
        Assert.Equal("unknown key 'dayz'; did you mean 'days'? (valid keys: start, end, interval, days, warmup, startDate, openingHours, closedDates)",
            problem.Message);
    }

    [Fact]
    public void A_value_that_is_not_a_mapping_is_told_the_keys_it_should_hold()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("serviceLevel: { target: 0.80, answerWithin: 20s }", "serviceLevel: 0.80"));

        Assert.Equal("serviceLevel", problem.Path);
        Assert.Equal("expected a mapping of keys (target, answerWithin, definition, shortAbandonLimit), but found \"0.80\"", problem.Message);
    }

    [Fact]
    public void A_wrong_day_count_is_not_taken_for_one_day_by_the_checks_that_follow()
    {
        string text = ScenarioText.Valid.Replace("days: 1", "days: 0") + "\ntraining:\n  - { id: refresher, group: team, day: 2, hoursPerAgent: 1 }\n";

        var problem = SingleProblem(text);

        Assert.Equal("horizon.days", problem.Path);
    }

    [Fact]
    public void Shares_may_be_percentages_and_durations_may_spell_out_their_unit()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.Valid
            .Replace("target: 0.80", "target: 80%").Replace("shrinkage: 0.30", "shrinkage: 30%").Replace("mean: 180s", "mean: 3min"), "forms.yaml");

        Assert.Equal(0.8, scenario.ServiceLevel.Target, 12);
        Assert.Equal(0.3, scenario.AgentGroups[0].Shrinkage, 12);
        Assert.Equal(TimeSpan.FromMinutes(3), scenario.ContactTypes[0].HandleTime.Mean);
    }

    [Fact]
    public void A_share_written_as_a_bare_percentage_is_refused_with_the_form_to_use()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(ScenarioText.Valid.Replace("target: 0.80", "target: 80"), "pct.yaml"));

        Assert.Equal("expected a share in (0, 1], such as 0.80 or 80%, but found 80 (a percentage? write 80%)", Assert.Single(error.Diagnostics).Message);
    }
}
