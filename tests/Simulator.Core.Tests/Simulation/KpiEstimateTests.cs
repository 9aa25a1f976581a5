using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

public class KpiEstimateTests
{
    [Fact]
    public void Interval_is_the_student_t_interval_of_the_replication_means()
    {
        // Mean 3, sample sd 1.5811, n = 5: t(0.975, 4) = 2.7764, half-width 2.7764 × 1.5811 / √5 = 1.9632.
        var estimate = KpiEstimate.From([1, 2, 3, 4, 5]);

        Assert.Equal(3, estimate.Mean!.Value, 12);
        Assert.Equal(3 - 1.9632, estimate.CiLow!.Value, 4);
        Assert.Equal(3 + 1.9632, estimate.CiHigh!.Value, 4);
        Assert.Equal(5, estimate.Replications);
    }

    [Fact]
    public void One_replication_has_no_interval_and_none_has_no_mean()
    {
        Assert.Equal(new KpiEstimate(0.8, null, null, 1), KpiEstimate.From([0.8]));
        Assert.Equal(new KpiEstimate(null, null, null, 0), KpiEstimate.From([double.NaN, double.NaN]));
    }

    [Fact]
    public void Undefined_replications_are_left_out_and_bounds_stay_in_range()
    {
        var share = KpiEstimate.From([0.99, 1.0, double.NaN, 0.97], 0, 1);
        var count = KpiEstimate.From([0, 0, 1]);

        Assert.Equal(3, share.Replications);
        Assert.True(share.CiHigh <= 1);
        Assert.Equal(0, count.CiLow);
    }
}
