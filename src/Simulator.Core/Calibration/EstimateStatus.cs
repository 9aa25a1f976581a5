namespace Simulator.Core.Calibration;

/// <summary>Whether the data could answer the question: a result the caller reports, never an exception.</summary>
public enum EstimateStatus
{
    Estimated,

    /// <summary>The data cannot say (nobody abandoned, nobody came back): keep the template's value and say why.</summary>
    NotIdentifiable,
}
