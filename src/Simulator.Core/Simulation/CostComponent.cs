namespace Simulator.Core.Simulation;

/// <summary>What the centre's money goes on (shared/DESIGN.md, "Cost per contact"), in report order.</summary>
public enum CostComponent
{
    /// <summary>Paid agent hours at each group's rate, less the hours spent in training.</summary>
    AgentHours,

    /// <summary>Paid shift hours beyond a group's overtime threshold, at its overtime rate.</summary>
    Overtime,

    /// <summary>Paid hours agents spend in training, off the phones.</summary>
    TrainingHours,

    /// <summary>Training fees per trainee.</summary>
    TrainingFees,

    /// <summary>Voice minutes on the line: in the bot, waiting and talking.</summary>
    Telephony,

    /// <summary>Bot and IVR sessions.</summary>
    Automation,

    /// <summary>Fixed cost per day of the horizon.</summary>
    Fixed,
}
