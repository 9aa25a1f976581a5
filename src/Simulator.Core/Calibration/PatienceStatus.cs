namespace Simulator.Core.Calibration;

public enum PatienceStatus
{
    Estimated,

    /// <summary>The data cannot say how patient customers are (nobody abandoned): keep the template's patience and say so.</summary>
    NotIdentifiable,
}
