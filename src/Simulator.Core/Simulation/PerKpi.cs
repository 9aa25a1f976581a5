namespace Simulator.Core.Simulation;

/// <summary>
/// One value per KPI (a replication's values, their estimates, their differences), read by KPI:
/// <c>result.Overall[Kpi.ServiceLevel]</c>. A struct over an array in catalogue order, so reading one
/// costs what indexing the array did.
/// </summary>
public readonly struct PerKpi<T>
{
    private readonly T[] _values;

    /// <param name="values">One per KPI, in the order of <see cref="KpiCatalogue.All"/>.</param>
    public PerKpi(T[] values)
    {
        if (values.Length != KpiCatalogue.All.Count)
        {
            throw new ArgumentException($"{values.Length} values for {KpiCatalogue.All.Count} KPIs: one per KPI is needed.", nameof(values));
        }
        _values = values;
    }

    public T this[Kpi kpi] => _values[(int)kpi];
}

/// <summary>Builds a <see cref="PerKpi{T}"/> from each KPI's definition.</summary>
public static class PerKpi
{
    public static PerKpi<T> Of<T>(Func<KpiDefinition, T> value)
    {
        var values = new T[KpiCatalogue.All.Count];
        for (int k = 0; k < values.Length; k++) values[k] = value(KpiCatalogue.All[k]);
        return new PerKpi<T>(values);
    }
}
