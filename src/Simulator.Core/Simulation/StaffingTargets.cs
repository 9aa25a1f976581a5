using System.Runtime.CompilerServices;

namespace Simulator.Core.Simulation;

/// <summary>
/// How many agents each group should have taking contacts now: what the schedule makes available,
/// plus (or less) agents added by hand in a live centre, and whether its shifts are on a break; and
/// how far the schedule's changes have been applied.
/// </summary>
internal sealed class StaffingTargets(int groups)
{
    private readonly int[] _scheduled = new int[groups];
    private readonly int[] _addedByHand = new int[groups];
    private readonly bool[] _onBreak = new bool[groups];

    /// <summary>The schedule's next change to apply.</summary>
    public int NextChange { get; private set; }

    /// <summary>Agents the group should have taking contacts: scheduled plus added, never fewer than none.</summary>
    public int Target(int group) => Math.Max(0, _scheduled[group] + _addedByHand[group]);

    public int AddedByHand(int group) => _addedByHand[group];

    /// <summary>Some of the group's shifts are on a break: agents leaving now go on a break, not home.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool OnBreak(int group) => _onBreak[group];

    /// <summary>The schedule's change number <paramref name="index"/> takes effect.</summary>
    public void Apply(int index, in StaffingChange change)
    {
        NextChange = index + 1;
        _scheduled[change.Group] = change.Available;
        _onBreak[change.Group] = change.OnBreak;
    }

    /// <summary>Adds (negative: removes) agents by hand; returns how many had been added before.</summary>
    public int AddByHand(int group, int delta)
    {
        int before = _addedByHand[group];
        _addedByHand[group] = before + delta;
        return before;
    }
}
