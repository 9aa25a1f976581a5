using System.Globalization;

namespace Simulator.Reports;

/// <summary>How numbers read in tables: percentages with one decimal, seconds with one, money whole with thousands separators.</summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Percent(double share) => (share * 100).ToString("0.0", Invariant) + "%";

    public static string Seconds(double? seconds) => seconds is double s ? s.ToString("0.0", Invariant) + " s" : "∞";

    public static string Number(double value, string format = "0.##") => value.ToString(format, Invariant);

    /// <summary>Whole money units with thousands separators: 22,042.</summary>
    public static string Money(double value) => value.ToString("#,0", Invariant);

    public static string Signed(double value, string format = "0.#") =>
        (value > 0 ? "+" : "") + value.ToString(format, Invariant);
}
