namespace Simulator.Core.Simulation;

/// <summary>One value per cost component (a replication's totals, their estimates, their differences), read by component.</summary>
public readonly struct PerCostComponent<T>
{
    private readonly T[] _values;

    /// <param name="values">One per component, in the order of <see cref="CostCatalogue.All"/>.</param>
    public PerCostComponent(T[] values)
    {
        if (values.Length != CostCatalogue.All.Count)
        {
            throw new ArgumentException($"{values.Length} values for {CostCatalogue.All.Count} cost components: one per component is needed.", nameof(values));
        }
        _values = values;
    }

    public T this[CostComponent component] => _values[(int)component];
}

/// <summary>Builds a <see cref="PerCostComponent{T}"/> from each component's definition.</summary>
public static class PerCostComponent
{
    public static PerCostComponent<T> Of<T>(Func<CostComponentDefinition, T> value) => new([.. CostCatalogue.All.Select(value)]);
}
