using System.Text.Json;

namespace Simulator.Cli.Tests;

public class ErlangCommandTests
{
    private static JsonElement Json(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--format", "json"]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    [Fact]
    public void Worked_example_table_gives_14_agents_and_20_scheduled()
    {
        var result = CliRunner.Run("erlang", "--volume", "100", "--aht", "180s", "--shrinkage", "0.3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Required: 14 agents on the phones, 20 scheduled at 30.0% shrinkage", result.Output);
        Assert.Contains("service level 88.8%, P(wait) 17.4%, ASA 7.8 s, occupancy 71.4%", result.Output);
        Assert.Matches(@"│ 13\s+│\s+19 │\s+79\.6%", result.Output); // one agent fewer misses 80 %
        Assert.Contains("◀ required", result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Shares_on_the_command_line_may_be_percentages_and_durations_may_spell_out_their_unit()
    {
        var result = CliRunner.Run("erlang", "--volume", "100", "--aht", "3min", "--shrinkage", "30%", "--target", "80%");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Required: 14 agents on the phones, 20 scheduled at 30.0% shrinkage", result.Output);
    }

    [Fact]
    public void Json_has_the_contract_keys()
    {
        var json = Json("erlang", "--volume", "100", "--aht", "3m", "--shrinkage", "0.3");

        Assert.Equal("erlangC", json.GetProperty("model").GetString());
        Assert.Equal(10.0, json.GetProperty("trafficIntensity").GetDouble(), 9);
        Assert.Equal(14, json.GetProperty("agents").GetInt32());
        Assert.Equal(20, json.GetProperty("scheduledAgents").GetInt32());
        Assert.Equal(0.8884, json.GetProperty("serviceLevel").GetDouble(), 4);
        Assert.Equal(0.1741, json.GetProperty("probabilityOfWaiting").GetDouble(), 4);
        Assert.Equal(7.836, json.GetProperty("averageSpeedOfAnswerSeconds").GetDouble(), 3);
        Assert.Equal(0.7143, json.GetProperty("occupancy").GetDouble(), 4);
        Assert.Equal(0, json.GetProperty("abandonmentRate").GetDouble());
        Assert.Equal(7, json.GetProperty("neighbourhood").GetArrayLength());
    }

    [Fact]
    public void Patience_switches_to_erlang_a()
    {
        var json = Json("erlang", "--volume", "100", "--aht", "180s", "--patience", "5m");

        Assert.Equal("erlangA", json.GetProperty("model").GetString());
        Assert.Equal(13, json.GetProperty("agents").GetInt32());
        Assert.Equal(0.0250, json.GetProperty("abandonmentRate").GetDouble(), 4);
    }

    [Fact]
    public void Given_agents_the_reverse_question_is_answered()
    {
        var json = Json("erlang", "--volume", "100", "--aht", "180s", "--agents", "12");

        Assert.Equal(12, json.GetProperty("agents").GetInt32());
        Assert.Equal(0.6402, json.GetProperty("serviceLevel").GetDouble(), 4);
        Assert.False(json.GetProperty("meetsTarget").GetBoolean());
    }

    [Fact]
    public void Too_few_agents_report_an_unbounded_wait_as_null()
    {
        var json = Json("erlang", "--volume", "100", "--aht", "180s", "--agents", "9");

        Assert.Equal(JsonValueKind.Null, json.GetProperty("averageSpeedOfAnswerSeconds").ValueKind);
        Assert.Equal(0, json.GetProperty("serviceLevel").GetDouble());
    }

    [Fact]
    public void Occupancy_cap_and_service_level_definition_are_honoured()
    {
        var capped = Json("erlang", "--volume", "100", "--aht", "180s", "--max-occupancy", "0.7");
        var answered = Json("erlang", "--volume", "100", "--aht", "180s", "--patience", "300s", "--agents", "14", "--sl-definition", "answered");

        Assert.Equal(15, capped.GetProperty("agents").GetInt32());
        Assert.Equal(0.9298, answered.GetProperty("serviceLevel").GetDouble(), 4);
    }

    [Fact]
    public void A_billion_contacts_an_hour_is_answered_with_finite_numbers()
    {
        var json = Json("erlang", "--volume", "500000000", "--aht", "300s", "--patience", "120s");

        Assert.True(json.GetProperty("agents").GetInt32() > 40_000_000);
        Assert.True(double.IsFinite(json.GetProperty("serviceLevel").GetDouble()));
        Assert.True(double.IsFinite(json.GetProperty("averageSpeedOfAnswerSeconds").GetDouble()));
    }

    [Theory]
    [InlineData(new[] { "--volume", "100", "--aht", "180" }, "--aht: expected a duration with a unit")]
    [InlineData(new[] { "--volume", "-5", "--aht", "180s" }, "--volume: expected a number of contacts ≥ 0")]
    [InlineData(new[] { "--volume", "lots", "--aht", "180s" }, "--volume: expected a number of contacts ≥ 0")]
    [InlineData(new[] { "--volume", "100", "--aht", "0s" }, "--aht: expected a duration greater than zero")]
    [InlineData(new[] { "--volume", "100", "--aht", "180s", "--target", "1.5" }, "--target: expected a share (0, 1]")]
    [InlineData(new[] { "--volume", "100", "--aht", "180s", "--target", "0" }, "--target: expected a share (0, 1]")]
    [InlineData(new[] { "--volume", "100", "--aht", "180s", "--shrinkage", "1" }, "--shrinkage: expected a share [0, 1)")]
    [InlineData(new[] { "--volume", "100", "--aht", "180s", "--max-occupancy", "0" }, "--max-occupancy: expected a share (0, 1]")]
    [InlineData(new[] { "--volume", "100", "--aht", "180s", "--agents", "-1" }, "--agents: expected a whole number of agents from 0 to 1,000,000,000")]
    [InlineData(new[] { "--volume", "100", "--aht", "180s", "--agents", "2147483647" }, "--agents: expected a whole number of agents from 0 to 1,000,000,000")]
    [InlineData(new[] { "--volume", "1e300", "--aht", "180s" }, "the Erlang models staff up to 1e9 Erlangs")]
    [InlineData(new[] { "--volume", "100", "--aht", "180s", "--patience", "soon" }, "--patience: expected a duration with a unit")]
    [InlineData(new[] { "--volume", "100", "--aht", "180s", "--interval", "0m" }, "--interval: expected a duration greater than zero")]
    [InlineData(new[] { "--volume", "100", "--aht", "180s", "--format", "xml" }, "Argument 'xml' not recognized")]
    [InlineData(new[] { "--volume", "100", "--aht", "180s", "--sl-definition", "abandoned" }, "Argument 'abandoned' not recognized")]
    [InlineData(new[] { "--aht", "180s" }, "Option '--volume' is required")]
    [InlineData(new[] { "--volume", "100", "--aht", "180s", "--agnets", "3" }, "Unrecognized command or argument '--agnets'")]
    public void Bad_values_exit_1_with_a_one_paragraph_message(string[] args, string message)
    {
        var result = CliRunner.Run(["erlang", .. args]);

        CliRunner.AssertBadInput(result, message);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Help_lists_every_option()
    {
        var result = CliRunner.Run("erlang", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--volume", "--interval", "--aht", "--target", "--answer-within", "--shrinkage", "--max-occupancy", "--patience",
            "--agents", "--sl-definition", "--format" })
        {
            Assert.Contains(option, result.Output);
        }
        Assert.Contains("[default: 30m]", result.Output);
    }
}
