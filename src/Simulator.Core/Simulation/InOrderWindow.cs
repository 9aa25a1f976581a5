namespace Simulator.Core.Simulation;

/// <summary>
/// Hands items that finish out of order to a consumer in index order, one at a time, holding at most
/// <c>capacity</c> of them: work on index i may start only once every index below i − capacity + 1 has been
/// handed over. Folding replications in index order is what makes the estimates independent of which
/// core or silo finished first; the window is what keeps the waiting results, and so memory, bounded.
/// </summary>
public sealed class InOrderWindow<T> : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, T> _waiting = [];
    private readonly int _capacity;
    private readonly Action<T> _consume;
    private int _next;
    private TaskCompletionSource _moved = NewSignal();
    private Exception? _failure;

    /// <param name="first">The first index to hand over.</param>
    /// <param name="capacity">How many indices from the next one to hand over may be in progress or waiting.</param>
    /// <param name="consume">Receives the items in index order, never two at once.</param>
    public InOrderWindow(int first, int capacity, Action<T> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _next = first;
        _capacity = capacity;
        _consume = consume;
    }

    /// <summary>The next index to hand over: every index below it has been.</summary>
    public int Next
    {
        get
        {
            lock (_gate) return _next;
        }
    }

    /// <summary>Most items ever held waiting at once: a test's view of the bound.</summary>
    public int MostWaiting { get; private set; }

    /// <summary>Blocks until work on <paramref name="index"/> may start.</summary>
    public void WaitForRoom(int index, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task moved;
            lock (_gate)
            {
                if (_failure is not null) throw new InvalidOperationException("An earlier item failed to be consumed.", _failure);
                if (index < _next + _capacity) return;
                moved = _moved.Task;
            }
            moved.Wait(cancellationToken);
        }
    }

    /// <summary>Waits until work on <paramref name="index"/> may start.</summary>
    public async Task WaitForRoomAsync(int index, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task moved;
            lock (_gate)
            {
                if (_failure is not null) throw new InvalidOperationException("An earlier item failed to be consumed.", _failure);
                if (index < _next + _capacity) return;
                moved = _moved.Task;
            }
            await moved.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Item <paramref name="index"/> is done: hands it and any that waited on it to the consumer, in order.</summary>
    public void Arrived(int index, T item)
    {
        lock (_gate)
        {
            if (index < _next || !_waiting.TryAdd(index, item))
            {
                throw new InvalidOperationException($"Item {index} arrived twice.");
            }
            MostWaiting = Math.Max(MostWaiting, _waiting.Count);
            if (index != _next) return;
            try
            {
                while (_waiting.Remove(_next, out var ready))
                {
                    _consume(ready);
                    _next++;
                }
            }
            catch (Exception e)
            {
                _failure = e;
                throw;
            }
            finally
            {
                var moved = _moved;
                _moved = NewSignal();
                moved.SetResult();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate) _moved.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
