namespace Simulator.Core.Simulation;

/// <summary>Idle agents of one group in the order they became idle: the front is the longest idle.</summary>
internal sealed class IdleAgents
{
    private int[] _agents = new int[16];
    private int _front;
    private int _count;

    public int Count => _count;

    public int Front => _agents[_front];

    /// <summary>The agent <paramref name="index"/> places from the front (0: the longest idle).</summary>
    public int this[int index] => _agents[(_front + index) % _agents.Length];

    public void PushBack(int agent)
    {
        if (_count == _agents.Length)
        {
            var larger = new int[_agents.Length * 2];
            for (int i = 0; i < _count; i++) larger[i] = _agents[(_front + i) % _agents.Length];
            _agents = larger;
            _front = 0;
        }
        _agents[(_front + _count++) % _agents.Length] = agent;
    }

    public int PopFront()
    {
        int agent = _agents[_front];
        _front = (_front + 1) % _agents.Length;
        _count--;
        return agent;
    }

    /// <summary>The most recently idle agent: the one to send home first when staffing drops.</summary>
    public int PopBack() => _agents[(_front + --_count) % _agents.Length];
}
