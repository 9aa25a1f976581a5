namespace Simulator.Core.Simulation;

/// <summary>Sees every contact as it reaches the agent queue, with the durations drawn for it: how tests check common random numbers.</summary>
public interface IContactObserver
{
    void Arrived(int contactType, double time, double handleSeconds, double wrapUpSeconds, double patienceSeconds);
}
