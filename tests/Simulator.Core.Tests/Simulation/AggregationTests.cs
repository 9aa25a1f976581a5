using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

/// <summary>
/// Estimates are folded as replications finish, in constant space and in replication order: the folded numbers equal those
/// computed from every value at once, do not depend on the order replications finished in, and keep no replication alive.
/// </summary>
public class AggregationTests
{
    private static double[] Values(int seed, int count, double mean, double spread)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => mean + spread * (random.NextDouble() - 0.5))];
    }

    /// <summary>The textbook two-pass computation over all values at once: what the accumulator must agree with.</summary>
    private static (double Mean, double Variance) TwoPass(double[] values)
    {
        double mean = values.Average();
        return (mean, values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }

    /// <summary>The variance in decimal arithmetic, exact to 28 digits for these values: the reference for a large mean and small spread.</summary>
    private static double ExactVariance(double[] values)
    {
        decimal mean = values.Sum(v => (decimal)v) / values.Length;
        return (double)(values.Sum(v => ((decimal)v - mean) * ((decimal)v - mean)) / (values.Length - 1));
    }

    [Theory]
    [InlineData(1, 2, 0.9, 0.05)]
    [InlineData(2, 200, 0.9, 0.05)]
    [InlineData(3, 10_000, 1e9, 1.0)] // a large mean and a small spread: a sum of squares would cancel to nonsense here
    public void Folded_mean_equals_the_mean_of_all_values_and_the_variance_the_two_pass_variance(int seed, int count, double mean, double spread)
    {
        var values = Values(seed, count, mean, spread);
        var accumulator = new KpiAccumulator();
        foreach (double v in values) accumulator.Add(v);

        Assert.Equal(values.Average(), accumulator.Mean); // bit for bit: the same sum in the same order
        double exact = ExactVariance(values);
        Assert.Equal(exact, accumulator.Variance, exact * 1e-7);
        Assert.Equal(count, accumulator.Count);
    }

    [Fact]
    public void Undefined_values_are_left_out_as_the_estimate_from_a_list_leaves_them_out()
    {
        double[] values = [0.8, double.NaN, 0.9, double.PositiveInfinity, 0.85];
        var accumulator = new KpiAccumulator();
        foreach (double v in values) accumulator.Add(v);

        Assert.Equal(3, accumulator.Count);
        Assert.Equal(KpiEstimate.From(values, 0, 1), accumulator.Estimate(0, 1));
    }

    [Fact]
    public void Merging_two_accumulators_gives_what_folding_all_values_gives()
    {
        var values = Values(4, 501, 300, 60);
        KpiAccumulator all = new(), first = new(), second = new();
        for (int i = 0; i < values.Length; i++)
        {
            all.Add(values[i]);
            if (i < 200) first.Add(values[i]);
            else second.Add(values[i]);
        }

        var merged = first.Merge(second);

        Assert.Equal(all.Count, merged.Count);
        Assert.Equal(all.Mean, merged.Mean, 1e-12);
        Assert.Equal(all.Variance, merged.Variance, all.Variance * 1e-12);
    }

    [Fact]
    public void Paired_differences_folded_as_they_come_equal_the_batch_estimate_of_the_differences()
    {
        var baseline = Values(5, 300, 0.8, 0.1);
        var option = Values(6, 300, 0.85, 0.1);
        var pairs = new PairedDifferences(2);
        for (int r = 0; r < baseline.Length; r++)
        {
            pairs.Add(0, Summary(r, baseline[r]));
            pairs.Add(1, Summary(r, option[r]));
        }

        var differences = option.Zip(baseline, (o, b) => o - b).ToArray();
        var (mean, variance) = TwoPass(differences);
        var folded = pairs.Difference(0, 1, Kpi.ServiceLevel);
        Assert.Equal(mean, folded.Mean);
        Assert.Equal(variance, folded.Variance, variance * 1e-9);
        var batch = KpiEstimate.From(differences, double.NegativeInfinity, double.PositiveInfinity);
        Assert.Equal(batch, folded.Estimate(double.NegativeInfinity, double.PositiveInfinity));

        // The other way round is the exact mirror image.
        var reversed = pairs.Difference(1, 0, Kpi.ServiceLevel).Estimate(double.NegativeInfinity, double.PositiveInfinity);
        Assert.Equal(-batch.Mean, reversed.Mean);
        Assert.Equal(-batch.CiHigh, reversed.CiLow);
    }

    private static ReplicationSummary Summary(int replication, double serviceLevel) => new(
        replication,
        PerKpi.Of(k => k.Kpi == Kpi.ServiceLevel ? serviceLevel : double.NaN),
        PerCostComponent.Of(_ => 0.0));

    [Fact]
    public void Options_of_one_replication_must_arrive_together()
    {
        var pairs = new PairedDifferences(2);
        pairs.Add(0, Summary(0, 0.8));

        Assert.Throws<ArgumentException>(() => pairs.Add(1, Summary(1, 0.8)));
    }

    [Fact]
    public void Items_finishing_in_any_order_are_handed_over_in_index_order_and_never_more_than_the_window_wait()
    {
        var consumed = new List<int>();
        using var window = new InOrderWindow<int>(0, capacity: 4, consumed.Add);
        var random = new Random(7);
        var started = new List<int>();
        int next = 0;
        while (consumed.Count < 100)
        {
            // Start whatever the window allows, then finish one started item at random.
            while (next < 100 && window.WaitForRoomAsync(next, TestContext.Current.CancellationToken).IsCompleted) started.Add(next++);
            int pick = random.Next(started.Count);
            window.Arrived(started[pick], started[pick]);
            started.RemoveAt(pick);
        }

        Assert.Equal(Enumerable.Range(0, 100), consumed);
        Assert.InRange(window.MostWaiting, 1, 4);
    }

    [Fact]
    public async Task Work_beyond_the_window_waits_until_the_oldest_item_is_handed_over()
    {
        using var window = new InOrderWindow<int>(0, capacity: 2, _ => { });
        window.Arrived(1, 1);

        var third = window.WaitForRoomAsync(2, TestContext.Current.CancellationToken);
        Assert.False(third.IsCompleted);
        window.Arrived(0, 0);
        await third; // released by the hand-over; it would wait for ever otherwise
        Assert.Equal(2, window.Next);
    }

    [Fact]
    public void Replications_finishing_in_any_order_fold_to_the_numbers_of_an_in_order_run()
    {
        var scenario = SteadyState.Centre(agents: 10, load: 0.85, patienceSeconds: 300, replications: 12);
        var inOrder = ExperimentRunner.Run(scenario, maxParallelism: 1, cancellationToken: TestContext.Current.CancellationToken);

        var accumulator = new ExperimentAccumulator(scenario);
        using var window = new InOrderWindow<ReplicationResult>(0, scenario.Replications, r => accumulator.Add(r));
        foreach (var r in inOrder.Replications.OrderBy(r => (r.Replication * 7) % 12)) window.Arrived(r.Replication, r);
        var shuffled = accumulator.Result();

        Assert.Equal(Describe(inOrder), Describe(shuffled));
        var parallel = ExperimentRunner.Run(scenario, maxParallelism: 3, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(Describe(inOrder), Describe(parallel));
    }

    private static string Describe(ExperimentResult result) => string.Join("\n",
        new[] { [result.Overall], result.Intervals, result.TimeOfDay, result.Days, result.ContactTypes }
            .SelectMany(set => set.Select(kpis => string.Join(';', KpiCatalogue.All.Select(k => kpis[k.Kpi])))));

    [Fact]
    public void The_accumulator_keeps_no_replication_and_its_state_does_not_grow_with_them()
    {
        var scenario = SteadyState.Centre(agents: 10, load: 0.85, patienceSeconds: 300, replications: 40);
        var model = CentreModel.Compile(scenario);
        var accumulator = new ExperimentAccumulator(scenario);
        var folded = new List<WeakReference>();
        long before = 0;
        for (int r = 0; r < scenario.Replications; r++)
        {
            FoldOne(accumulator, model, r, folded);
            if (r == 9) before = RetainedBytes(accumulator);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.All(folded, w => Assert.False(w.IsAlive));
        Assert.Equal(before, RetainedBytes(accumulator)); // the state after 40 replications is the size it was after 10
        Assert.Equal(40, accumulator.Count);

        static void FoldOne(ExperimentAccumulator accumulator, CentreModel model, int r, List<WeakReference> folded)
        {
            var result = new Replication(model, r).Run();
            folded.Add(new WeakReference(result));
            accumulator.Add(result);
        }
    }

    /// <summary>Bytes of the arrays the accumulator holds, found by reflection: its whole state, whatever its fields are.</summary>
    private static long RetainedBytes(object root)
    {
        long bytes = 0;
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>([root]);
        while (pending.TryPop(out var o))
        {
            if (!seen.Add(o) || o is Simulator.Core.Scenarios.Scenario or string or Type or Delegate) continue;
            var type = o.GetType();
            if (o is Array array)
            {
                bytes += array.LongLength;
                if (!type.GetElementType()!.IsValueType) foreach (var item in array) if (item is not null) pending.Push(item);
                continue;
            }
            foreach (var field in type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public
                | System.Reflection.BindingFlags.NonPublic))
            {
                if (!field.FieldType.IsValueType && field.GetValue(o) is { } child) pending.Push(child);
                else if (field.FieldType.IsValueType) bytes += 8;
            }
        }
        return bytes;
    }
}
