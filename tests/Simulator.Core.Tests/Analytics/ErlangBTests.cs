using Simulator.Core.Analytics;

namespace Simulator.Core.Tests.Analytics;

public class ErlangBTests
{
    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(5, 3.0)]
    [InlineData(10, 10.0)]
    [InlineData(20, 15.5)]
    public void Recursion_matches_the_textbook_formula_where_factorials_still_fit(int agents, double traffic)
    {
        double term = 1, sum = 1;
        for (int k = 1; k <= agents; k++)
        {
            term *= traffic / k;
            sum += term;
        }

        Assert.Equal(term / sum, ErlangB.Compute(agents, traffic), 14);
    }

    [Theory]
    [InlineData(20_000, 19_800.0)]
    [InlineData(20_000, 20_500.0)]
    [InlineData(20_000, 15_000.0)]
    public void Incomplete_gamma_form_agrees_with_the_recursion_across_the_switch(int agents, double traffic)
    {
        // Step the exact recursion one agent past the switch-over and compare with the gamma form there.
        double recursion = ErlangB.Next(ErlangB.Compute(agents, traffic), agents, traffic);

        double gammaForm = ErlangB.Compute(agents + 1, traffic);

        Assert.Equal(recursion, gammaForm, 1e-10 * Math.Max(recursion, 1e-300) + 1e-14);
    }

    [Fact]
    public void Deep_overload_on_many_agents_tends_to_one_minus_agents_over_traffic()
    {
        double blocking = ErlangB.Compute(1_000_000, 4_000_000);

        Assert.Equal(0.75, blocking, 5);
    }
}
