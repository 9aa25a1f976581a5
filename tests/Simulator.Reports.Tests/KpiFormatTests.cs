using Simulator.Core.Simulation;

namespace Simulator.Reports.Tests;

public class KpiFormatTests
{
    [Theory]
    [InlineData(Kpi.ServiceLevel, 0.8126, "81.3%")]
    [InlineData(Kpi.AverageSpeedOfAnswerSeconds, 12.34, "12.3 s")]
    [InlineData(Kpi.Offered, 1234.56, "1,234.6")]
    [InlineData(Kpi.TotalCost, 22042.4, "22,042")]
    [InlineData(Kpi.CostPerContact, 3.456, "3.46")]
    public void A_value_reads_in_its_kpis_unit(Kpi kpi, double value, string expected) =>
        Assert.Equal(expected, KpiFormat.Value(kpi, value));

    [Theory]
    [InlineData(Kpi.ServiceLevel, 0.012, "+1.2 pts")]
    [InlineData(Kpi.AverageHandleTimeSeconds, -4.24, "-4.2 s")]
    [InlineData(Kpi.UnansweredAtClose, 2, "+2.0")]
    [InlineData(Kpi.TotalCost, -1500, "-1,500")]
    [InlineData(Kpi.CostPerResolvedContact, 0.5, "+0.50")]
    public void A_difference_reads_in_points_for_shares_and_in_the_kpis_own_unit_otherwise(Kpi kpi, double difference, string expected) =>
        Assert.Equal(expected, KpiFormat.Difference(kpi, difference));

    [Fact]
    public void An_undefined_value_is_a_dash_and_a_single_replication_has_no_range()
    {
        Assert.Equal("–", KpiFormat.Value(Kpi.AverageSpeedOfAnswerSeconds, null));
        Assert.Equal("", KpiFormat.Range(Kpi.ServiceLevel, new KpiEstimate(0.9, null, null, 1)));
        Assert.Equal("88.0% – 92.0%", KpiFormat.Range(Kpi.ServiceLevel, new KpiEstimate(0.9, 0.88, 0.92, 5)));
    }

    [Fact]
    public void Every_kpi_has_a_format_for_its_values_and_its_differences()
    {
        Assert.All(KpiCatalogue.All, k =>
        {
            Assert.NotEqual("", KpiFormat.Value(k.Kpi, 1));
            Assert.NotEqual("", KpiFormat.Difference(k.Kpi, 1));
        });
    }

    [Fact]
    public void Money_carries_the_scenarios_currency_and_every_number_its_thousands_separators()
    {
        Assert.Equal("22,042 EUR", KpiFormat.Value(Kpi.TotalCost, 22042.4, "EUR"));
        Assert.Equal("3.46 EUR", KpiFormat.Value(Kpi.CostPerContact, 3.456, "EUR"));
        Assert.Equal("81.3%", KpiFormat.Value(Kpi.ServiceLevel, 0.8126, "EUR"));
        Assert.Equal("18,810", Formats.Number(18810, "0"));
        Assert.Equal("1,234.5", Formats.Number(1234.5, "0.#"));
        Assert.Equal("+1,104", Formats.Signed(1104, "0"));
        Assert.Equal("Total (EUR)", Formats.MoneyHeading("Total", "EUR"));
    }
}
