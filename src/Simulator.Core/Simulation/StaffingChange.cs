namespace Simulator.Core.Simulation;

/// <summary>A change in the number of a group's agents taking contacts, at a time on the simulation clock.</summary>
/// <param name="OnBreak">Some of the group's shifts are on a break from this instant: agents who leave now go on a break, not home.</param>
internal readonly record struct StaffingChange(double Time, int Group, int Available, bool OnBreak = false);
