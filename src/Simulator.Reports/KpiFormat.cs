using Simulator.Core.Simulation;

namespace Simulator.Reports;

/// <summary>How a KPI's value, its interval and a difference in it read in tables, reports and chart titles: by its unit.</summary>
public static class KpiFormat
{
    /// <summary>The value, or "–" where it is undefined; money followed by <paramref name="currency"/> where there is one.</summary>
    public static string Value(Kpi kpi, double? value, string? currency = null) => value is not double v ? "–" : KpiCatalogue.Of(kpi).Unit switch
    {
        KpiUnit.Money or KpiUnit.MoneyPerContact => Formats.WithCurrency(Value(KpiCatalogue.Of(kpi).Unit, v), currency),
        KpiUnit.Share or KpiUnit.Seconds or KpiUnit.Count => Value(KpiCatalogue.Of(kpi).Unit, v),
    };

    public static string Value(KpiUnit unit, double value) => unit switch
    {
        KpiUnit.Share => Formats.Percent(value),
        KpiUnit.Seconds => Formats.Seconds(value),
        KpiUnit.Count => Formats.Number(value, "0.0"),
        KpiUnit.Money => Formats.Money(value),
        KpiUnit.MoneyPerContact => Formats.Number(value, "0.00"),
    };

    /// <summary>"low – high", or empty where there is no interval (one replication).</summary>
    public static string Range(Kpi kpi, KpiEstimate estimate) =>
        estimate.CiLow is null ? "" : $"{Value(kpi, estimate.CiLow)} – {Value(kpi, estimate.CiHigh)}";

    /// <summary>A signed difference: shares in percentage points, everything else in its own unit.</summary>
    public static string Difference(Kpi kpi, double difference) => Difference(KpiCatalogue.Of(kpi).Unit, difference);

    public static string Difference(KpiUnit unit, double difference) => unit switch
    {
        KpiUnit.Share => Formats.Signed(difference * 100, "0.0") + " pts",
        KpiUnit.Seconds => Formats.Signed(difference, "0.0") + " s",
        KpiUnit.Count => Formats.Signed(difference, "0.0"),
        KpiUnit.Money => Formats.Signed(difference, "#,0"),
        KpiUnit.MoneyPerContact => Formats.Signed(difference, "0.00"),
    };
}
