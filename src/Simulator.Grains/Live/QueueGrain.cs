namespace Simulator.Grains.Live;

/// <summary>A queue as the centre reports it: who is waiting (in arrival order), counts, and the latest routing decisions.</summary>
[CollectionAgeLimit(Days = 1)] // a queue quiet overnight keeps its counts
public sealed class QueueGrain : Grain, IQueueGrain
{
    private const int DecisionsKept = 50;

    private readonly SortedDictionary<(double Time, long Customer), bool> _waiting = [];
    private readonly Dictionary<long, (double Time, long Customer)> _byCustomer = [];
    private readonly Queue<RoutingDecision> _decisions = new();
    private long _queued, _answered, _abandoned, _unanswered;

    public Task RecordAsync(IReadOnlyList<ContactEvent> events)
    {
        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case ContactEventKind.Queued:
                    _queued++;
                    _byCustomer[e.Customer] = (e.Time, e.Customer);
                    _waiting[(e.Time, e.Customer)] = true;
                    break;
                case ContactEventKind.Answered:
                    _answered++;
                    Leave(e.Customer);
                    _decisions.Enqueue(new RoutingDecision(e.Time, e.Customer, e.Agent, "", e.WaitSeconds));
                    if (_decisions.Count > DecisionsKept) _decisions.Dequeue();
                    break;
                case ContactEventKind.Abandoned:
                    _abandoned++;
                    Leave(e.Customer);
                    break;
                case ContactEventKind.Unanswered:
                    _unanswered++;
                    Leave(e.Customer);
                    break;
            }
        }
        return Task.CompletedTask;
    }

    public Task<QueueView> GetAsync() => Task.FromResult(new QueueView(
        _waiting.Count, _waiting.Count > 0 ? _waiting.First().Key.Time : double.NaN, _queued, _answered, _abandoned, _unanswered, [.. _decisions]));

    private void Leave(long customer)
    {
        if (_byCustomer.Remove(customer, out var key)) _waiting.Remove(key);
    }
}
