using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>The scenario's routing, compiled: which idle agent takes a contact, and which waiting contact a freed agent takes.</summary>
/// <param name="MostProficientFirst">Among idle agents, the group with the lowest handle-time factor for the type first; then the longest idle.</param>
/// <param name="ByPriority">A freed agent takes the highest-priority type waiting; else the oldest contact.</param>
internal sealed record RoutingRule(bool MostProficientFirst, bool ByPriority)
{
    public static RoutingRule From(RoutingPolicy policy) =>
        new(policy.Agents == AgentSelection.MostProficient, policy.Contacts == ContactSelection.Priority);
}
