namespace Simulator.Core.Calibration;

public sealed record AvailabilitySolverOptions
{
    public static readonly AvailabilitySolverOptions Default = new();

    public AvailabilityMatch Match { get; init; } = AvailabilityMatch.AbandonmentAndAnswerSpeed;

    /// <summary>A block number per interval: intervals of a block share one factor. Null: one factor per interval. See <see
    /// cref="AvailabilityBlocks"/>.</summary>
    public IReadOnlyList<int>? Blocks { get; init; }

    /// <summary>Factors to start from (for example logged-in agents over heads); null: 1, the heads as stated.</summary>
    public IReadOnlyList<double>? InitialFactors { get; init; }

    /// <summary>
    /// A block is matched when the model's gap to what was observed is within this many of the
    /// observation's own standard errors: chasing the simulation closer than the noise in the history
    /// buys nothing, and each step costs a simulation.
    /// </summary>
    public double ToleranceStandardErrors { get; init; } = 0.1;

    /// <summary>A block also stops when the effective agents it brackets differ by no more than this.</summary>
    public double AgentTolerance { get; init; } = 0.01;

    /// <summary>Availability is searched up to this multiple of the heads (heads can be understated, too).</summary>
    public double MaximumFactor { get; init; } = 2;

    /// <summary>Each evaluation is a simulation of the whole horizon, so the search has a budget.</summary>
    public int MaximumEvaluations { get; init; } = 40;
}
