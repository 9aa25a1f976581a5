namespace Simulator.Core.Simulation;

/// <summary>
/// The agents of one group holding some chats but not their limit, bucketed by how many they hold,
/// so a new chat finds the least-loaded agent with room in O(limit) and an agent moves between
/// buckets in O(1) (swap-remove by remembered position).
/// </summary>
internal sealed class ChatLoads
{
    private readonly List<int>[] _buckets;
    private readonly Dictionary<int, int> _position = [];

    public ChatLoads(int limit)
    {
        _buckets = new List<int>[Math.Max(1, limit)];
        for (int i = 0; i < _buckets.Length; i++) _buckets[i] = [];
    }

    /// <summary>An agent holding fewer than <paramref name="below"/> chats (and at least one), fewest first; −1 if none.</summary>
    public int LeastLoaded(int below, out int load)
    {
        for (load = 1; load < Math.Min(below, _buckets.Length); load++)
        {
            if (_buckets[load].Count > 0) return _buckets[load][0];
        }
        load = 0;
        return -1;
    }

    public void Remove(int agent, int load)
    {
        if (load <= 0 || load >= _buckets.Length || !_position.Remove(agent, out int index)) return;
        var bucket = _buckets[load];
        int last = bucket[^1];
        bucket[index] = last;
        bucket.RemoveAt(bucket.Count - 1);
        if (last != agent) _position[last] = index;
    }

    /// <summary>Files the agent under its load; agents with none, or at the limit, are not kept.</summary>
    public void Place(int agent, int load)
    {
        if (load <= 0 || load >= _buckets.Length) return;
        _position[agent] = _buckets[load].Count;
        _buckets[load].Add(agent);
    }
}
