namespace Simulator.Core.Calibration;

public enum BlockOutcome
{
    /// <summary>The model reproduces the block within the tolerance (or the agents are pinned down to the agent tolerance).</summary>
    Matched,

    /// <summary>Even at the largest factor the model abandons more or answers slower than observed.</summary>
    AtUpperBound,

    /// <summary>Even with no agents the model abandons less or answers faster than observed.</summary>
    AtLowerBound,

    /// <summary>The evaluation budget ran out first.</summary>
    NotConverged,

    /// <summary>No contacts offered and no heads: nothing to match; the factor stays where it started.</summary>
    NoData,
}
