namespace Simulator.Core.Simulation;

/// <summary>
/// Paired differences between every two options of a comparison, folded replication by replication in
/// constant space: for each pair and KPI (and cost component) a <see cref="KpiAccumulator"/> of the
/// later option's value minus the earlier one's in the same replication. Each replication's options
/// are added together, in (replication, option) order, so only one replication's summaries are held.
/// </summary>
public sealed class PairedDifferences
{
    private readonly int _options;
    private readonly KpiAccumulators[] _kpis;
    private readonly KpiAccumulator[][] _costs;
    private readonly ReplicationSummary?[] _current;

    /// <param name="options">The baseline and the options: every pair of them is differenced.</param>
    public PairedDifferences(int options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options, 1);
        _options = options;
        _kpis = [.. Enumerable.Range(0, options * options).Select(_ => new KpiAccumulators())];
        _costs = [.. Enumerable.Range(0, options * options).Select(_ => new KpiAccumulator[CostCatalogue.All.Count])];
        _current = new ReplicationSummary?[options];
    }

    public int Options => _options;

    /// <summary>Replications whose every option has been folded.</summary>
    public int Count { get; private set; }

    /// <summary>Option <paramref name="option"/>'s summary of a replication; the pairs are folded once every option of it is in.</summary>
    public void Add(int option, ReplicationSummary summary)
    {
        if (_current[option] is not null || (option > 0 && _current[0]?.Replication != summary.Replication))
        {
            throw new ArgumentException(
                $"Option {option}'s replication {summary.Replication} arrived out of turn: add each replication's options together.", nameof(summary));
        }
        _current[option] = summary;
        if (_current.Any(s => s is null)) return;
        for (int a = 0; a < _options; a++)
        {
            for (int b = a + 1; b < _options; b++)
            {
                var earlier = _current[a]!;
                var later = _current[b]!;
                _kpis[a * _options + b].Add(PerKpi.Of(k => later.Overall[k.Kpi] - earlier.Overall[k.Kpi]));
                var costs = _costs[a * _options + b];
                foreach (var c in CostCatalogue.All) costs[(int)c.Component].Add(later.Costs[c.Component] - earlier.Costs[c.Component]);
            }
        }
        Array.Clear(_current);
        Count++;
    }

    /// <summary>Option <paramref name="to"/> − option <paramref name="from"/> on <paramref name="kpi"/>, replication by replication.</summary>
    public KpiAccumulator Difference(int from, int to, Kpi kpi) =>
        from < to ? _kpis[from * _options + to][kpi] : Negated(_kpis[to * _options + from][kpi]);

    /// <summary>Option <paramref name="to"/> − option <paramref name="from"/> on a cost component.</summary>
    public KpiAccumulator Difference(int from, int to, CostComponent component) =>
        from < to ? _costs[from * _options + to][(int)component] : Negated(_costs[to * _options + from][(int)component]);

    /// <summary>
    /// The differences the other way round: negating every value negates the running sums exactly (rounding to nearest
    /// is symmetric), so a − b is the mirror image of b − a, bit for bit, and needs no accumulator of its own.
    /// </summary>
    private static KpiAccumulator Negated(KpiAccumulator accumulator) => accumulator.Negated();
}
