using Simulator.Grains.Hosting;

namespace Simulator.Grains.Live;

/// <summary>
/// A customer's contacts across the run: waits, outcomes, repeats and redials, poor experiences. The
/// history lives in the silos' live-centre grain storage: an activation lives only while the customer
/// has contacts in progress and goes once the centre reports the customer's story ended. So the
/// morning's customers are still there in the evening (an activation left idle would be collected
/// after Orleans' 15 minutes of wall time, a quarter of a simulated day at 60×, and its history with
/// it), and a customer costs 1.7 KB of memory instead of 2.5 KB (docs/performance.md). Asking an
/// ended customer brings the history back from storage.
/// </summary>
public sealed class CustomerGrain(
    [PersistentState("history", SiloSettings.LiveStorage)] IPersistentState<CustomerRecord> record) : Grain, ICustomerGrain
{
    public async Task RecordAsync(IReadOnlyList<ContactEvent> events)
    {
        var history = record.State.Events;
        history.AddRange(events);
        // Ended is the customer's last event; a batch the network delivers after it lands on an ended record and is stored too.
        if (!history.Exists(e => e.Kind == ContactEventKind.Ended)) return;
        await record.WriteStateAsync();
        DeactivateOnIdle();
    }

    public Task<CustomerHistory> GetAsync()
    {
        var ordered = record.State.Events.OrderBy(e => e.Time).ThenBy(e => e.Kind).ToList();
        var end = ordered.LastOrDefault(e => e.Kind == ContactEventKind.Ended);
        return Task.FromResult(new CustomerHistory(
            ordered,
            ordered.Count(e => e.Kind == ContactEventKind.Arrived),
            end?.PoorExperiences ?? 0,
            end is not null));
    }
}
