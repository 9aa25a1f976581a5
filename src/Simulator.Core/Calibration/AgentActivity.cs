namespace Simulator.Core.Calibration;

/// <summary>What a contact log shows of agents in one interval.</summary>
/// <param name="AgentsSeen">Distinct agents who handled some contact time in the interval.</param>
/// <param name="LoggedInAgents">Mean agents logged in: their busy time plus idle gaps up to the limit, over the interval's length.</param>
/// <param name="BusyAgents">Mean agents busy with contacts (each agent's overlapping contacts counted once).</param>
/// <param name="Occupancy">Busy / logged in; null where nobody was seen.</param>
/// <param name="Heads">Head-count stated for the interval, where given.</param>
/// <param name="LoggedInShareOfHeads">Logged in / heads: the share of the head-count the log saw working; null without heads.</param>
public readonly record struct AgentActivity(
    int Index,
    double StartSeconds,
    int AgentsSeen,
    double LoggedInAgents,
    double BusyAgents,
    double? Occupancy,
    double? Heads,
    double? LoggedInShareOfHeads);
