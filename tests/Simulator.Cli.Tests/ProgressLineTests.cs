namespace Simulator.Cli.Tests;

public class ProgressLineTests
{
    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualTime : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;

        public void Advance(TimeSpan by) => Ticks += by.Ticks;
    }

    [Fact]
    public void Quick_runs_show_nothing_and_slow_runs_show_a_throttled_count_that_is_cleared()
    {
        var time = new ManualTime();
        var terminal = new StringWriter();
        var progress = new ProgressLine(terminal, 4, time);

        progress.Report(1); // within the first half second: silent
        time.Advance(TimeSpan.FromSeconds(1));
        progress.Report(2);
        progress.Report(3); // same instant: throttled
        time.Advance(TimeSpan.FromMilliseconds(10));
        progress.Report(4); // the last one always shows
        progress.Finish();

        Assert.Equal("\rsimulating: 2/4 replications\rsimulating: 4/4 replications\r" + new string(' ', 40) + "\r", terminal.ToString());
    }
}
