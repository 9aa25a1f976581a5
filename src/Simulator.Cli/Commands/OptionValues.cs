using System.Globalization;
using Simulator.Core;
using Simulator.Core.Analytics;
using Simulator.Core.Units;

namespace Simulator.Cli.Commands;

/// <summary>Reads command-line values with messages that name the option and what was expected.</summary>
internal static class OptionValues
{
    public static TimeSpan Duration(string option, string text, bool positive)
    {
        if (!UnitParser.TryParseDuration(text, positive, out var duration, out string error))
        {
            throw new InputException($"{option}: {error}.");
        }
        if (positive && duration <= TimeSpan.Zero)
        {
            throw new InputException($"{option}: expected a duration greater than zero, but found \"{text}\".");
        }
        return duration;
    }

    public static double Number(string option, string text, double min, double max, bool minInclusive, bool maxInclusive, string expectation)
    {
        bool parsed = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value);
        bool inRange = parsed
            && (minInclusive ? value >= min : value > min)
            && (maxInclusive ? value <= max : value < max);
        if (!inRange) throw new InputException($"{option}: expected {expectation}, but found \"{text}\".");
        return value;
    }

    public static long Whole(string option, string text, long min, long max)
    {
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value < min || value > max)
        {
            throw new InputException($"{option}: expected a whole number from {min:N0} to {max:N0}, but found \"{text}\".");
        }
        return value;
    }

    /// <summary>Runs a step of the core on a value an option gave, naming the option in its message when the value is refused.</summary>
    public static T Given<T>(string option, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (InputException e)
        {
            throw new InputException($"{option}: {e.Message}");
        }
    }

    /// <summary>A head count up to the models' limit of a billion agents.</summary>
    public static int Count(string option, string text)
    {
        const int MaxAgents = (int)IntervalWorkload.MaxTrafficIntensity;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value > MaxAgents)
        {
            throw new InputException($"{option}: expected a whole number of agents from 0 to {MaxAgents:N0}, but found \"{text}\".");
        }
        return value;
    }

    /// <summary>A share as a fraction or a percentage (0.8 or 80%), in [0, 1] with each end allowed or not.</summary>
    public static double Share(string option, string text, bool allowZero, bool allowOne)
    {
        string example = allowOne ? "0.8" : "0.3";
        bool parsed = UnitParser.TryParseShare(text, out double share);
        if (parsed && (allowZero ? share >= 0 : share > 0) && (allowOne ? share <= 1 : share < 1)) return share;
        string hint = parsed && share > 1 && share <= 100 && !text.Contains('%') ? $" (a percentage? write {text.Trim()}%)" : "";
        throw new InputException(
            $"{option}: expected a share {(allowZero ? "[" : "(")}0, 1{(allowOne ? "]" : ")")} such as {example} or " +
                $"{double.Parse(example, CultureInfo.InvariantCulture) * 100}%, " +
            $"but found \"{text}\"{hint}.");
    }
}
