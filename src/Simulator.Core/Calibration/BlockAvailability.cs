namespace Simulator.Core.Calibration;

/// <summary>One block's solved availability.</summary>
/// <param name="Factor">Effective agents / heads for every interval of the block.</param>
/// <param name="AbandonmentGap">(Modelled − observed abandons) in standard errors of the observed count; positive: the model abandons more.</param>
/// <param name="AnswerSpeedGap">(Modelled − observed ASA) in standard errors of the observed ASA; null where there is no ASA to match.</param>
public readonly record struct BlockAvailability(int Block, IReadOnlyList<int> Intervals, double Factor, double AbandonmentGap, double? AnswerSpeedGap,
    BlockOutcome Outcome);
