using System.Collections.Immutable;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// One agent group compiled for the kernel: the contact types it serves (its skills, then the types
/// it backs up by overflow), the most chats its agents may hold, its pay, and the most agents its
/// schedule ever has taking contacts. Immutable, shared by every replication.
/// </summary>
internal sealed class AgentGroupModel
{
    public AgentGroupModel(Scenario scenario, int index, Func<string, int> typeIndex, IReadOnlyList<ContactTypeModel> types, int mostAvailable)
    {
        var group = scenario.AgentGroups[index];
        Index = index;
        Id = group.Id;
        CostPerHour = group.CostPerHour;
        Skills = [.. group.Skills.Select(typeIndex)];
        BackupSkills = [.. types.Where(t => t.OverflowGroups.Contains(index)).Select(t => t.Index)];
        ChatLimit = Skills.Concat(BackupSkills).Select(t => types[t].ChatLimit).DefaultIfEmpty(1).Max();
        MostAvailable = mostAvailable;
    }

    public int Index { get; }

    public string Id { get; }

    public double CostPerHour { get; }

    /// <summary>Contact types the group serves, in the order its skills are listed (which breaks ties in routing).</summary>
    public ImmutableArray<int> Skills { get; }

    /// <summary>Contact types whose overflow names the group: taken once a contact has waited long enough.</summary>
    public ImmutableArray<int> BackupSkills { get; }

    /// <summary>The most contacts an agent of the group may hold at once, over everything it serves.</summary>
    public int ChatLimit { get; }

    /// <summary>The most agents the schedule ever has taking contacts: the agents a replication creates.</summary>
    public int MostAvailable { get; }
}
