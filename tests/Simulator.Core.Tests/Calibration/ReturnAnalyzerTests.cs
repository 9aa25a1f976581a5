using MathNet.Numerics.Distributions;
using Simulator.Core.Calibration;

namespace Simulator.Core.Tests.Calibration;

/// <summary>
/// A log with a known truth: 20,000 customers make a first contact at a uniform time over five days;
/// any contact is abandoned with probability 0.3; an abandoner redials with probability 0.4 after an
/// exponential 10 minutes, an answered customer comes back with probability 0.2 after an exponential day;
/// returns can themselves return. Returns after the log's end are never seen.
/// </summary>
public class ReturnAnalyzerTests
{
    private const double Day = 86_400;
    private const double LogEnd = 5 * Day;

    private static CustomerContact[] KnownLog(ulong seed)
    {
        var random = Samples.Generator(seed);
        var redialDelay = new Exponential(1 / 600.0, random);
        var repeatDelay = new Exponential(1 / Day, random);
        var contacts = new List<CustomerContact>();
        for (int customer = 0; customer < 20_000; customer++)
        {
            string id = $"c{customer}";
            for (double t = random.NextDouble() * LogEnd; t < LogEnd;)
            {
                bool abandoned = random.NextDouble() < 0.3;
                contacts.Add(new CustomerContact(id, t, abandoned));
                bool returns = random.NextDouble() < (abandoned ? 0.4 : 0.2);
                if (!returns) break;
                t += abandoned ? redialDelay.Sample() : repeatDelay.Sample();
            }
        }
        return [.. contacts];
    }

    [Fact]
    public void Redial_share_and_delay_are_recovered_from_repeated_customer_ids()
    {
        var estimate = ReturnAnalyzer.Analyse(KnownLog(1));

        var redials = estimate.Redials;
        // P(an exponential 10 minutes ≤ 1 hour) = 1 − e⁻⁶, so the windowed share is 0.4 × 0.9975.
        Assert.True(redials.ShareWithinWindow!.Value.Covers(0.4 * (1 - Math.Exp(-6))));
        Assert.Equal(DurationFitStatus.Fitted, redials.Delays.Status);
        Assert.InRange(redials.Delays.Chosen!.MeanSeconds.Value, 600 * 0.95, 600 * 1.05);
        Assert.Equal(EstimateStatus.Estimated, redials.Mixture.Status);
        Assert.True(redials.Mixture.Share!.Value.Covers(0.4));
        Assert.True(redials.Mixture.MeanDelaySeconds!.Value.Covers(600));
    }

    [Fact]
    public void Repeats_a_day_apart_are_corrected_for_the_end_of_the_log()
    {
        var estimate = ReturnAnalyzer.Analyse(KnownLog(2));

        var repeats = estimate.Repeats;
        // Within a one-day window only 1 − 1/e of the eventual repeats have come back.
        Assert.True(repeats.ShareWithinWindow!.Value.Covers(0.2 * (1 - Math.Exp(-1))));
        Assert.True(repeats.ShareWithinWindow.Value.High < 0.2);
        // The censored mixture sees past the window and the log's end to the whole share.
        Assert.InRange(repeats.Mixture.Share!.Value.Value, 0.2 * 0.9, 0.2 * 1.1);
        Assert.True(repeats.Mixture.Share.Value.Covers(0.2));
        Assert.True(repeats.Mixture.MeanDelaySeconds!.Value.Covers(Day));
        // Delays cut at a one-day window are no longer exponential: the fit says so rather than guess.
        Assert.Equal(DurationFitStatus.Empirical, repeats.Delays.Status);
    }

    [Fact]
    public void Only_contacts_a_whole_window_before_the_end_count_in_the_windowed_share()
    {
        CustomerContact[] log =
        [
            new("a", 0, true), new("a", 100, false),
            new("b", 0, true),
            new("c", 3_000, true), new("c", 3_100, false),
            new("d", 4_000, true),
        ];

        var redials = ReturnAnalyzer.Analyse(log, ReturnOptions.Default with { ObservationEndSeconds = 4_000 }).Redials;

        Assert.Equal(4, redials.Contacts);
        Assert.Equal(2, redials.ObservedForWindow);
        Assert.Equal(1, redials.ReturnedWithinWindow);
        Assert.Equal(0.5, redials.ShareWithinWindow!.Value.Value);
    }

    [Fact]
    public void Contacts_without_a_customer_are_left_out_and_counted()
    {
        CustomerContact[] log = [new(null, 0, true), new("", 5, false), new("a", 0, true), new("a", 60, false)];

        var estimate = ReturnAnalyzer.Analyse(log);

        Assert.Equal(2, estimate.ContactsWithoutCustomer);
        Assert.Equal(1, estimate.Customers);
    }

    [Fact]
    public void A_log_where_nobody_comes_back_reports_a_share_of_none_and_no_delay()
    {
        var log = Enumerable.Range(0, 500).Select(i => new CustomerContact($"c{i}", i * 100.0, i % 3 == 0)).ToArray();

        var estimate = ReturnAnalyzer.Analyse(log);

        Assert.Equal(EstimateStatus.NotIdentifiable, estimate.Redials.Mixture.Status);
        Assert.Contains("came back", estimate.Redials.Mixture.Reason);
        Assert.Equal(0, estimate.Redials.ShareWithinWindow!.Value.Value);
        Assert.True(estimate.Redials.ShareWithinWindow.Value.High > 0);
        Assert.Equal(DurationFitStatus.NotEnoughData, estimate.Redials.Delays.Status);
    }
}
