namespace Simulator.Grains.Live;

/// <summary>What an agent of a live centre is doing.</summary>
public enum AgentActivity
{
    /// <summary>Not taking contacts: off shift, shrunk, or sent home.</summary>
    Off,

    /// <summary>On a break of its shift.</summary>
    Break,
    Idle,
    Talking,
    WrapUp,
}
