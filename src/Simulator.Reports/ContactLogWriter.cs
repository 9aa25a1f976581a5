using System.Globalization;
using Simulator.Core.History;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Reports;

/// <summary>
/// A simulated replication as a contact log in the shape history reading accepts (docs/commands.md, `ccsim history`):
/// arrival, contactType, outcome, waitSeconds, handleSeconds, agent, customer, attempt. The simulation has no
/// calendar, so day 1 of the horizon is written as <see cref="FirstDay"/>, a Monday.
/// </summary>
public static class ContactLogWriter
{
    public static readonly DateOnly FirstDay = new(2024, 1, 1);

    public static readonly string[] Header =
        [HistoryColumns.Arrival.Name, HistoryColumns.ContactType.Name, HistoryColumns.Outcome.Name, HistoryColumns.WaitSeconds.Name,
         HistoryColumns.HandleSeconds.Name, HistoryColumns.Agent.Name, HistoryColumns.Customer.Name, "attempt"];

    /// <summary>Writes the rows in order of arrival (the recorder has them in the order they ended).</summary>
    public static void Write(TextWriter output, Scenario scenario, IEnumerable<ContactRecord> records)
    {
        var opening = FirstDay.ToDateTime(TimeOnly.MinValue) + scenario.Horizon.Start;
        CsvTable.Write(output, Header, records.OrderBy(r => r.ArrivalSeconds).ThenBy(r => r.Customer).Select(r => new[]
        {
            // Whole ticks, rounded down, so a contact never moves into the next interval by rounding.
            opening.AddTicks((long)Math.Floor(r.ArrivalSeconds * TimeSpan.TicksPerSecond))
                .ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            scenario.ContactTypes[r.ContactType].Id,
            ContactOutcomes.Name(r.Outcome),
            CsvTable.Format(r.WaitSeconds),
            double.IsNaN(r.HandleSeconds) ? "" : CsvTable.Format(r.HandleSeconds),
            r.Agent < 0 ? "" : $"{scenario.AgentGroups[r.Group].Id}-{r.Agent}",
            CsvTable.Format(r.Customer),
            CsvTable.Format(r.Attempt),
        }));
    }
}
