using System.Globalization;
using System.Text.RegularExpressions;

namespace Simulator.Core.Units;

/// <summary>
/// Durations ("20s", "5m", "1.5h", "2d", "250ms"; also "8min", "90 sec", "2 hours"), rates ("0.3/s", "18/m",
/// "1080/h", "18/min"), shares ("0.8" or "80%") and clock times ("08:00", "24:00") as they appear in scenario
/// files and on the command line. Every parse either
/// succeeds or says what was expected, so the caller can name the file, line and key.
/// </summary>
public static partial class UnitParser
{
    public const string DurationExpectation = "a duration with a unit (ms, s, m, h or d), such as 20s, 5m or 1.5h";
    public const string RateExpectation = "a rate with a unit (/s, /m, /h or /d), such as 0.3/s, 18/m or 1080/h";
    public const string ClockExpectation = "a clock time HH:MM between 00:00 and 24:00, such as \"08:00\"";

    /// <summary>Each unit's short name, and the longer spellings planners write for it ("8min", "90 sec", "2 hours").</summary>
    private const string Units = "ms|msec|millis|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?";

    [GeneratedRegex(@"^\s*(?<number>[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)\s*(?<unit>" + Units + @")\s*$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^\s*(?<number>[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)\s*/\s*(?<unit>" + Units + @")\s*$")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"^\s*(?<number>[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)\s*(?<percent>%)?\s*$")]
    private static partial Regex SharePattern();

    /// <summary>
    /// Parses a share written as a fraction (0.8) or a percentage (80%), into a fraction; range checks are the caller's.
    /// A bare number is a fraction: "80" stays 80, which the caller refuses, rather than a guess at 80 %.
    /// </summary>
    public static bool TryParseShare(string? text, out double share)
    {
        share = 0;
        var match = SharePattern().Match(text ?? "");
        if (!match.Success) return false;
        double value = double.Parse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value)) return false;
        share = match.Groups["percent"].Success ? value / 100 : value;
        return true;
    }

    [GeneratedRegex(@"^(?<hours>\d{1,2}):(?<minutes>\d{2})$")]
    private static partial Regex ClockPattern();

    /// <summary>Parses a non-negative duration; <paramref name="error"/> says what was wrong otherwise.</summary>
    public static bool TryParseDuration(string? text, out TimeSpan duration, out string error) =>
        TryParseDuration(text, positive: false, out duration, out error);

    /// <summary>Parses a duration, greater than zero when <paramref name="positive"/>; the message states the range that applies.</summary>
    public static bool TryParseDuration(string? text, bool positive, out TimeSpan duration, out string error)
    {
        string range = positive ? "greater than zero" : "of zero or more";
        duration = default;
        var match = DurationPattern().Match(text ?? "");
        if (!match.Success)
        {
            error = text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? $"expected {DurationExpectation}; the number \"{text}\" has no unit"
                : $"expected {DurationExpectation}, but found \"{text}\"";
            return false;
        }
        double value = double.Parse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (value < 0 || !double.IsFinite(value))
        {
            error = $"expected a duration {range}, but found \"{text}\"";
            return false;
        }
        double seconds = value * SecondsPer(match.Groups["unit"].Value);
        if (seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            error = $"the duration \"{text}\" is too long";
            return false;
        }
        duration = FromSeconds(seconds);
        if (positive && duration <= TimeSpan.Zero)
        {
            duration = default;
            error = $"expected a duration {range}, but found \"{text}\"";
            return false;
        }
        error = "";
        return true;
    }

    /// <summary>Seconds to the nearest tick (TimeSpan.FromSeconds truncates, so text written from ticks could read back a tick short).</summary>
    public static TimeSpan FromSeconds(double seconds) => TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));

    /// <summary>Parses a non-negative rate into events per second.</summary>
    public static bool TryParseRate(string? text, out double perSecond, out string error)
    {
        perSecond = 0;
        var match = RatePattern().Match(text ?? "");
        if (!match.Success)
        {
            error = $"expected {RateExpectation}, but found \"{text}\"";
            return false;
        }
        double value = double.Parse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (value < 0 || !double.IsFinite(value))
        {
            error = $"expected a rate of zero or more, but found \"{text}\"";
            return false;
        }
        perSecond = value / SecondsPer(match.Groups["unit"].Value);
        error = "";
        return true;
    }

    /// <summary>Parses a time of day; "24:00" is the end of the day.</summary>
    public static bool TryParseClock(string? text, out TimeSpan timeOfDay, out string error)
    {
        timeOfDay = default;
        var match = ClockPattern().Match(text ?? "");
        if (!match.Success)
        {
            error = $"expected {ClockExpectation}, but found \"{text}\"";
            return false;
        }
        int hours = int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture);
        int minutes = int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture);
        if (minutes > 59 || hours > 24 || (hours == 24 && minutes > 0))
        {
            error = $"expected {ClockExpectation}, but found \"{text}\"";
            return false;
        }
        timeOfDay = new TimeSpan(hours, minutes, 0);
        error = "";
        return true;
    }

    /// <summary>A duration as a planner writes it: the largest unit that keeps it whole, e.g. "30m", "90s", "2h".</summary>
    public static string FormatDuration(TimeSpan duration)
    {
        double seconds = duration.TotalSeconds;
        foreach (var (unit, size) in new[] { ("d", 86_400.0), ("h", 3_600.0), ("m", 60.0) })
        {
            if (seconds >= size && seconds % size == 0) return (seconds / size).ToString(CultureInfo.InvariantCulture) + unit;
        }
        return seconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
    }

    /// <summary>"08:00"-style clock time; 24:00 stays 24:00.</summary>
    public static string FormatClock(TimeSpan timeOfDay) =>
        $"{(int)timeOfDay.TotalHours:00}:{timeOfDay.Minutes:00}";

    private static double SecondsPer(string unit) => unit switch
    {
        "ms" or "msec" or "millis" or "millisecond" or "milliseconds" => 0.001,
        "s" or "sec" or "secs" or "second" or "seconds" => 1,
        "m" or "min" or "mins" or "minute" or "minutes" => 60,
        "h" or "hr" or "hrs" or "hour" or "hours" => 3_600,
        "d" or "day" or "days" => 86_400,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };
}
