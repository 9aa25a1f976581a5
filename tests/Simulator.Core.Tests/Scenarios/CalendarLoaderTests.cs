using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>The horizon's calendar keys: a start date, opening hours by weekday, closed dates and volumes by weekday.</summary>
public class CalendarLoaderTests
{
    private const string File = "week.yaml";

    /// <summary>Monday 2 June 2025 to Sunday 8 June: a short Friday and a closed Saturday and Sunday, 09:00–12:00 in hours.</summary>
    public const string Week = """
        name: A week
        horizon:
          start: "09:00"
          end: "12:00"
          interval: 1h
          days: 7
          startDate: 2025-06-02
          openingHours:
            friday: { start: "09:00", end: "11:00" }
            saturday: closed
            sunday: closed
        serviceLevel: { target: 0.80, answerWithin: 20s }
        contactTypes:
          - id: calls
            arrivals:
              volumes:
                default: [100, 100, 100]
                monday: [200, 200, 200]
            handleTime: { mean: 180s }
        agentGroups:
          - { id: team, agents: 10, costPerHour: 20, skills: [calls] }
        """;

    private static Scenario Parse(string text) => ScenarioLoader.Parse(text, File);

    private static ScenarioDiagnostic Problem(string original, string replacement)
    {
        Assert.Contains(original, Week);
        var error = Assert.Throws<ScenarioException>(() => Parse(Week.Replace(original, replacement)));
        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(File, problem.File);
        return problem;
    }

    private static int LineOf(string text, string marker) => text[..text.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void Days_have_dates_weekdays_and_their_own_hours()
    {
        var horizon = Parse(Week).Horizon;

        Assert.Equal(new DateOnly(2025, 6, 2), horizon.StartDate);
        Assert.Equal(DayOfWeek.Monday, horizon.WeekdayOf(1));
        Assert.Equal((TimeSpan.FromHours(9), TimeSpan.FromHours(12)), horizon.HoursOn(1));
        Assert.Equal((TimeSpan.FromHours(9), TimeSpan.FromHours(11)), horizon.HoursOn(5));
        Assert.Null(horizon.HoursOn(6));
        Assert.Null(horizon.HoursOn(7));
        Assert.True(horizon.IsOpen(4 * 3 + 1));
        Assert.False(horizon.IsOpen(4 * 3 + 2)); // Friday 11:00
        Assert.False(horizon.IsOpen(5 * 3));     // Saturday 09:00
    }

    [Fact]
    public void Volumes_follow_the_weekday_and_are_zero_while_closed()
    {
        var scenario = Parse(Week);
        var arrivals = scenario.ContactTypes[0].Arrivals;
        var horizon = scenario.Horizon;

        Assert.Equal(200, arrivals.VolumeIn(0, horizon));         // Monday
        Assert.Equal(100, arrivals.VolumeIn(3, horizon));         // Tuesday: the default
        Assert.Equal(100, arrivals.VolumeIn(4 * 3 + 1, horizon)); // Friday 10:00
        Assert.Equal(0, arrivals.VolumeIn(4 * 3 + 2, horizon));   // Friday 11:00, after closing
        Assert.Equal(0, arrivals.VolumeIn(5 * 3 + 1, horizon));   // Saturday
    }

    [Fact]
    public void A_holiday_closes_its_date()
    {
        var horizon = Parse(Week.Replace("    sunday: closed", "    sunday: closed\n  closedDates: [2025-06-04]")).Horizon;

        Assert.Null(horizon.HoursOn(3));
        Assert.NotNull(horizon.HoursOn(4));
        Assert.All(Enumerable.Range(6, 3), i => Assert.False(horizon.IsOpen(i)));
    }

    [Fact]
    public void Without_a_start_date_every_interval_is_open_as_before()
    {
        var horizon = Parse(ScenarioText.Valid).Horizon;

        Assert.False(horizon.HasCalendar);
        Assert.Null(horizon.WeekdayOf(1));
        Assert.All(Enumerable.Range(0, horizon.TotalIntervals), i => Assert.True(horizon.IsOpen(i)));
    }

    [Fact]
    public void An_unknown_weekday_is_reported_with_the_closest_one()
    {
        var problem = Problem("    saturday: closed", "    saturdy: closed");

        Assert.Equal("horizon.openingHours.saturdy", problem.Path);
        Assert.Contains("did you mean 'saturday'", problem.Message);
        Assert.Equal(LineOf(Week, "    saturday"), problem.Line);
    }

    [Fact]
    public void A_day_that_ends_before_it_starts_is_refused()
    {
        var problem = Problem("friday: { start: \"09:00\", end: \"11:00\" }", "friday: { start: \"11:00\", end: \"10:00\" }");

        Assert.Equal("horizon.openingHours.friday.end", problem.Path);
        Assert.Contains("must end after it starts", problem.Message);
    }

    [Fact]
    public void Hours_outside_the_horizons_window_are_refused()
    {
        var problem = Problem("end: \"11:00\" }", "end: \"13:00\" }");

        Assert.Equal("horizon.openingHours", problem.Path);
        Assert.Contains("outside the horizon's 09:00–12:00", problem.Message);
    }

    [Fact]
    public void A_closed_date_outside_the_horizon_is_an_error()
    {
        var problem = Problem("    sunday: closed", "    sunday: closed\n  closedDates: [2024-06-04]");

        Assert.Equal("horizon.closedDates", problem.Path);
        Assert.Contains("2024-06-04 is outside the horizon (2025-06-02 to 2025-06-08)", problem.Message);
    }

    [Fact]
    public void A_malformed_date_is_reported_at_its_item()
    {
        var problem = Problem("    sunday: closed", "    sunday: closed\n  closedDates: [25/12/2025]");

        Assert.Equal("horizon.closedDates[0]", problem.Path);
        Assert.Contains("expected a date such as 2025-06-02", problem.Message);
    }

    [Fact]
    public void Weekday_hours_need_a_start_date()
    {
        var problem = Problem("  startDate: 2025-06-02\n", "");

        Assert.Equal("horizon.openingHours", problem.Path);
        Assert.Contains("needs 'startDate'", problem.Message);
    }

    [Fact]
    public void An_open_weekday_without_volumes_is_refused()
    {
        var problem = Problem("        default: [100, 100, 100]\n", "");

        Assert.Equal("contactTypes[0].arrivals.volumes", problem.Path);
        Assert.Contains("no volumes for tuesday, wednesday, thursday, friday", problem.Message);
    }

    [Fact]
    public void A_weekday_profile_of_the_wrong_length_is_refused()
    {
        var problem = Problem("monday: [200, 200, 200]", "monday: [200, 200]");

        Assert.Equal("contactTypes[0].arrivals.volumes.monday", problem.Path);
        Assert.Contains("expected 3 values", problem.Message);
    }

    [Fact]
    public void A_calendar_round_trips_through_json_and_the_writer()
    {
        var scenario = Parse(Week.Replace("    sunday: closed", "    sunday: closed\n  closedDates: [2025-06-04]"));

        Assert.Equal(scenario, ScenarioJson.FromJson(ScenarioJson.ToJson(scenario)));
        Assert.Equal(scenario, ScenarioLoader.Parse(ScenarioWriter.ToYaml(scenario), File));
        Assert.NotEqual(ScenarioJson.Fingerprint(scenario), ScenarioJson.Fingerprint(scenario with { Horizon = scenario.Horizon with { ClosedDates = [] } }));
    }
}
