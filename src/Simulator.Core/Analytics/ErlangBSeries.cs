namespace Simulator.Core.Analytics;

/// <summary>
/// Erlang B values for one traffic load at staffing levels asked in any order (as a bisection asks
/// them): each is stepped forward from the nearest smaller level already known, or computed afresh
/// when none is near.
/// </summary>
internal sealed class ErlangBSeries(double traffic)
{
    private readonly List<(int Agents, double Blocking)> _known = [(0, 1.0)];

    public double At(int agents)
    {
        var nearest = _known[0];
        foreach (var entry in _known)
        {
            if (entry.Agents <= agents && entry.Agents > nearest.Agents) nearest = entry;
        }
        if (nearest.Agents == agents) return nearest.Blocking;

        double blocking;
        if (agents - nearest.Agents <= ErlangB.StepLimit)
        {
            blocking = nearest.Blocking;
            for (int n = nearest.Agents; n < agents; n++) blocking = ErlangB.Next(blocking, n, traffic);
        }
        else
        {
            blocking = ErlangB.Compute(agents, traffic);
        }
        _known.Add((agents, blocking));
        return blocking;
    }
}
