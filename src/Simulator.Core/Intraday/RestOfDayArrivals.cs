using System.Collections.Immutable;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Intraday;

/// <summary>
/// Expected first contacts per contact type and planning interval of the whole horizon, as a re-forecast leaves them: a plain object a kernel
/// or a look-ahead's fork can take in place of the scenario's arrivals (<see cref="ApplyTo"/>).
/// </summary>
/// <param name="VolumesPerInterval">[contact type][interval of the horizon]: expected first contacts.</param>
public sealed record RestOfDayArrivals(ImmutableArray<ImmutableArray<double>> VolumesPerInterval)
{
    /// <summary>The scenario with each contact type's arrivals replaced by these volumes (one per interval of its horizon).</summary>
    public Scenario ApplyTo(Scenario scenario)
    {
        if (VolumesPerInterval.Length != scenario.ContactTypes.Count
            || VolumesPerInterval.Any(v => v.Length != scenario.Horizon.TotalIntervals))
        {
            throw new ArgumentException("These arrivals were re-forecast for another scenario: the contact types or intervals differ.");
        }
        return scenario with
        {
            ContactTypes = [.. scenario.ContactTypes.Select((type, t) => type with { Arrivals = new IntervalVolumes([.. VolumesPerInterval[t]]) })],
        };
    }
}
