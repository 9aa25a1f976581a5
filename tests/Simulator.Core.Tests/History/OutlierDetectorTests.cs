using System.Text;
using Simulator.Core.History;
using Simulator.Core.Randomness;

namespace Simulator.Core.Tests.History;

/// <summary>Outlier days by median and MAD of the same weekday around them.</summary>
public class OutlierDetectorTests
{
    /// <summary>Twenty weeks of daily history, Monday first, Poisson around a weekday pattern with a trend; some days multiplied.</summary>
    private static ContactHistory Daily(Dictionary<int, double> multipliers, int seed = 1)
    {
        var random = new Xoshiro256StarStar((ulong)seed);
        double[] weekday = [0.5, 1.0, 0.9, 0.9, 0.9, 0.95, 0.6];
        var text = new StringBuilder("start,offered\n");
        for (int d = 0; d < 140; d++)
        {
            var date = new DateOnly(2024, 1, 1).AddDays(d);
            double mean = 1500 * weekday[(int)date.DayOfWeek] * (1 + 0.002 * d) * multipliers.GetValueOrDefault(d, 1);
            text.Append($"{date:yyyy-MM-dd},{(mean > 0 ? MathNet.Numerics.Distributions.Poisson.Sample(random, mean) : 0)}\n");
        }
        return HistoryText.Read(text.ToString());
    }

    [Fact]
    public void A_steady_history_with_a_trend_has_no_outlier_days()
    {
        for (int seed = 1; seed <= 5; seed++)
        {
            Assert.Empty(OutlierDetector.Find(Daily([], seed).ContactTypes[0]));
        }
    }

    [Fact]
    public void Days_far_from_their_weekday_are_found_with_their_norm_and_ratio()
    {
        var history = Daily(new() { [30] = 0.4, [71] = 1.6, [100] = 0 });

        var outliers = OutlierDetector.Find(history.ContactTypes[0]);

        Assert.Equal([30, 71, 100], outliers.Select(o => o.Date.DayNumber - history.From.DayNumber));
        Assert.InRange(outliers[0].Ratio!.Value, 0.35, 0.45);
        Assert.InRange(outliers[1].Ratio!.Value, 1.5, 1.7);
        Assert.Equal(0, outliers[2].Offered);
        Assert.InRange(outliers[2].Expected, 1000, 2500);
    }

    [Fact]
    public void A_small_wobble_is_not_an_outlier_however_smooth_the_rest()
    {
        var history = Daily(new() { [50] = 1.10 });

        Assert.Empty(OutlierDetector.Find(history.ContactTypes[0]));
    }

    [Fact]
    public void Days_named_as_special_are_neither_judged_nor_anyones_norm()
    {
        var history = Daily(new() { [30] = 0.4 });

        Assert.Empty(OutlierDetector.Find(history.ContactTypes[0], d => d == 30));
    }
}
