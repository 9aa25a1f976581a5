using System.Globalization;

namespace Simulator.Reports;

/// <summary>
/// How numbers read in tables: percentages with one decimal, seconds with one, money whole, and every number
/// with thousands separators (18,810, not 18810).
/// </summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Percent(double share) => (share * 100).ToString("0.0", Invariant) + "%";

    public static string Seconds(double? seconds) => seconds is double s ? s.ToString("#,0.0", Invariant) + " s" : "∞";

    /// <summary>A number in <paramref name="format"/>, grouped by thousands: "0.#" reads as "#,0.#".</summary>
    public static string Number(double value, string format = "0.##") => value.ToString(Grouped(format), Invariant);

    /// <summary>Whole money units with thousands separators, and the currency where the scenario names one: 22,042 EUR.</summary>
    public static string Money(double value, string? currency = null) => WithCurrency(value.ToString("#,0", Invariant), currency);

    /// <summary>An amount already written, followed by its currency where there is one.</summary>
    public static string WithCurrency(string amount, string? currency) => currency is null ? amount : $"{amount} {currency}";

    /// <summary>A heading over money, with its currency where there is one: "Total (EUR)".</summary>
    public static string MoneyHeading(string label, string? currency) => currency is null ? label : $"{label} ({currency})";

    /// <summary>A count with its noun, singular for one: "1 week", "4 weeks", "1,200 agents".</summary>
    public static string Count(int count, string noun) => $"{count.ToString("#,0", Invariant)} {noun}{(count == 1 ? "" : "s")}";

    public static string Signed(double value, string format = "0.#") =>
        (value > 0 ? "+" : "") + value.ToString(Grouped(format), Invariant);

    /// <summary>A plain pattern (starting with a digit placeholder, one section) with thousands grouping added.</summary>
    private static string Grouped(string format) => format.StartsWith('0') && !format.Contains(';', StringComparison.Ordinal) ? "#," + format : format;
}
