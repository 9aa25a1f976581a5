namespace Simulator.Core.Simulation;

/// <summary>What a look-ahead takes for the time left of contacts in progress when it forks the centre.</summary>
public enum ResidualTimes
{
    /// <summary>
    /// As a real feed would know them: waiting contacts' patience is drawn on condition that it has lasted as long as they have waited, their
    /// work and outcomes afresh; work in service is drawn on condition that it has lasted since the answer.
    /// </summary>
    Conditional,

    /// <summary>
    /// As the simulation drew them: each waiting contact's patience, work and outcomes and each service's end (a simulated centre knows them).
    /// </summary>
    Known,
}
