namespace Simulator.Grains.Live;

/// <summary>Why a live centre published a snapshot.</summary>
public enum SnapshotReason
{
    /// <summary>A simulated interval began or ended.</summary>
    Interval,

    /// <summary>A second of wall time has passed since the last snapshot.</summary>
    WallSecond,

    /// <summary>A control changed the centre, or a caller asked.</summary>
    Request,

    /// <summary>The horizon has ended.</summary>
    Final,
}
