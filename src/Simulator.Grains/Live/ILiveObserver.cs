namespace Simulator.Grains.Live;

/// <summary>Receives the centre's snapshots: every simulated interval and every second of wall time.</summary>
public interface ILiveObserver : IGrainObserver
{
    void OnSnapshot(LiveSnapshot snapshot);
}
