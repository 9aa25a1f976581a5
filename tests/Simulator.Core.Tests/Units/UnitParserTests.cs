using Simulator.Core.Units;

namespace Simulator.Core.Tests.Units;

public class UnitParserTests
{
    [Theory]
    [InlineData("20s", 20)]
    [InlineData("5m", 300)]
    [InlineData("1.5h", 5_400)]
    [InlineData("2d", 172_800)]
    [InlineData("250ms", 0.25)]
    [InlineData(" 0s ", 0)]
    public void Durations_read_in_their_unit(string text, double seconds)
    {
        Assert.True(UnitParser.TryParseDuration(text, out var duration, out _));
        Assert.Equal(seconds, duration.TotalSeconds, 9);
    }

    [Theory]
    [InlineData("20", "has no unit")]
    [InlineData("20 secs2", "expected a duration with a unit")]
    [InlineData("-5s", "zero or more")]
    [InlineData("", "expected a duration with a unit")]
    [InlineData("5h30m", "expected a duration with a unit")]
    public void Durations_without_a_valid_unit_say_what_was_expected(string text, string message)
    {
        Assert.False(UnitParser.TryParseDuration(text, out _, out string error));
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("0.3/s", 0.3)]
    [InlineData("18/m", 0.3)]
    [InlineData("1080/h", 0.3)]
    [InlineData("25920/d", 0.3)]
    public void Rates_are_converted_to_per_second(string text, double perSecond)
    {
        Assert.True(UnitParser.TryParseRate(text, out double rate, out _));
        Assert.Equal(perSecond, rate, 12);
    }

    [Theory]
    [InlineData("0.3")]
    [InlineData("-1/s")]
    [InlineData("3 per hour")]
    public void Rates_without_a_unit_or_below_zero_are_refused(string text)
    {
        Assert.False(UnitParser.TryParseRate(text, out _, out string error));
        Assert.NotEmpty(error);
    }

    [Theory]
    [InlineData("08:00", 8, 0)]
    [InlineData("8:30", 8, 30)]
    [InlineData("24:00", 24, 0)]
    public void Clock_times_run_to_midnight(string text, int hours, int minutes)
    {
        Assert.True(UnitParser.TryParseClock(text, out var time, out _));
        Assert.Equal(TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes), time);
    }

    [Theory]
    [InlineData("24:30")]
    [InlineData("08:60")]
    [InlineData("8am")]
    public void Impossible_clock_times_are_refused(string text)
    {
        Assert.False(UnitParser.TryParseClock(text, out _, out _));
    }

    [Theory]
    [InlineData(1_800, "30m")]
    [InlineData(90, "90s")]
    [InlineData(5_400, "90m")]
    [InlineData(7_200, "2h")]
    public void Durations_format_as_a_planner_writes_them(double seconds, string text)
    {
        Assert.Equal(text, UnitParser.FormatDuration(TimeSpan.FromSeconds(seconds)));
    }

    [Theory]
    [InlineData("8min", 480)]
    [InlineData("8 mins", 480)]
    [InlineData("90 sec", 90)]
    [InlineData("20 seconds", 20)]
    [InlineData("1.5 hours", 5_400)]
    [InlineData("2hrs", 7_200)]
    [InlineData("1 day", 86_400)]
    [InlineData("250 msec", 0.25)]
    public void Durations_take_the_units_planners_spell_out(string text, double seconds)
    {
        Assert.True(UnitParser.TryParseDuration(text, out var duration, out string error), error);
        Assert.Equal(seconds, duration.TotalSeconds, 9);
    }

    [Fact]
    public void Rates_take_spelt_out_units_too()
    {
        Assert.True(UnitParser.TryParseRate("18/min", out double perSecond, out _));
        Assert.Equal(0.3, perSecond, 12);
    }

    [Theory]
    [InlineData("80%", 0.8)]
    [InlineData("12.5 %", 0.125)]
    [InlineData("0.8", 0.8)]
    [InlineData("80", 80)]
    public void Shares_are_fractions_or_percentages_and_a_bare_number_stays_as_written(string text, double share)
    {
        Assert.True(UnitParser.TryParseShare(text, out double parsed));
        Assert.Equal(share, parsed, 12);
    }
}
