using Simulator.Core.Simulation;

namespace Simulator.Core.LookAhead;

/// <summary>A KPI of a stretch of intervals of one replication, by the catalogue's formula: what a look-ahead predicts and what the day realises.</summary>
public static class LookAheadKpis
{
    /// <summary>The KPIs of intervals <paramref name="first"/> to <paramref name="last"/> (inclusive), all contact types pooled.</summary>
    public static PerKpi<double> Of(CentreModel model, ReplicationResult result, int first, int last)
    {
        var contacts = new ContactTally();
        var time = new TimeTally();
        for (int i = first; i <= last; i++)
        {
            for (int t = 0; t < result.ContactTypes; t++) contacts.Add(result.ContactsAt(i, t));
            time.Add(result.CentreTimeAt(i));
        }
        return KpiCalculator.Compute(contacts, time, [], model.Scenario.ServiceLevel.Definition);
    }

    /// <summary>The KPIs of one day (0-based) of the horizon.</summary>
    public static PerKpi<double> OfDay(CentreModel model, ReplicationResult result, int day)
    {
        int perDay = model.Scenario.Horizon.IntervalsPerDay;
        return Of(model, result, day * perDay, (day + 1) * perDay - 1);
    }
}
