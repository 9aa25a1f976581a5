using MathNet.Numerics.Distributions;
using Simulator.Core.Calibration;

namespace Simulator.Core.Tests.Calibration;

/// <summary>One simulated contact of <see cref="QueueSimulation"/>.</summary>
internal readonly record struct SimulatedContact(double ArrivalSeconds, double WaitSeconds, bool Abandoned, double HandleSeconds, int Agent)
{
    public WaitObservation Wait => new(WaitSeconds, Abandoned);

    public double AnswerSeconds => ArrivalSeconds + WaitSeconds;
}

/// <summary>
/// An M/M/n+G queue served first come, first served, simulated exactly through virtual waiting times: a
/// customer's wait is the time until the earliest of the agents is free of everyone ahead, since those
/// ahead who abandon never take an agent. If patience runs out first the customer abandons after waiting
/// its patience, else it takes that agent. Agents can change by the hour, to model availability.
/// </summary>
internal static class QueueSimulation
{
    /// <param name="agentsByPeriod">Agents available in each period; an agent beyond the count is never free before the period it returns in.</param>
    public static List<SimulatedContact> Run(
        double arrivalsPerSecond,
        double meanHandleSeconds,
        IContinuousDistribution patience,
        IReadOnlyList<int> agentsByPeriod,
        double periodSeconds,
        Random random)
    {
        var interarrival = new Exponential(arrivalsPerSecond, random);
        var handle = new Exponential(1 / meanHandleSeconds, random);
        double horizon = agentsByPeriod.Count * periodSeconds;
        int most = agentsByPeriod.Max();
        var freeAt = new double[most];
        var contacts = new List<SimulatedContact>();
        for (double t = interarrival.Sample(); t < horizon; t += interarrival.Sample())
        {
            // The earliest moment any agent can take this customer, honouring each agent's periods off.
            int agent = -1;
            double start = double.PositiveInfinity;
            for (int a = 0; a < most; a++)
            {
                double ready = FirstAvailable(a, Math.Max(t, freeAt[a]), agentsByPeriod, periodSeconds);
                if (ready < start)
                {
                    start = ready;
                    agent = a;
                }
            }
            double wait = start - t;
            double patienceSeconds = patience.Sample();
            double handleSeconds = handle.Sample();
            if (patienceSeconds < wait)
            {
                contacts.Add(new SimulatedContact(t, patienceSeconds, true, 0, -1));
                continue;
            }
            freeAt[agent] = start + handleSeconds;
            contacts.Add(new SimulatedContact(t, wait, false, handleSeconds, agent));
        }
        return contacts;
    }

    /// <summary>Agent a works in a period when a &lt; that period's count; past the horizon it is never free.</summary>
    private static double FirstAvailable(int agent, double from, IReadOnlyList<int> agentsByPeriod, double periodSeconds)
    {
        for (int period = (int)(from / periodSeconds); period < agentsByPeriod.Count; period++)
        {
            if (agent < agentsByPeriod[period]) return Math.Max(from, period * periodSeconds);
        }
        return double.PositiveInfinity;
    }
}
