namespace Simulator.Core.Simulation;

/// <summary>What the centre's money goes on (shared/DESIGN.md, "Cost per contact"), in report order.</summary>
public enum CostComponent
{
    /// <summary>Pay for agent hours at each group's rate, less the hours spent in training (its JSON key, agentHours, predates the label).</summary>
    AgentHours,

    /// <summary>Paid shift hours beyond a group's overtime threshold, at its overtime rate.</summary>
    Overtime,

    /// <summary>Pay for the hours agents spend in training, off the phones.</summary>
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

/// <summary>One cost component as files and reports name it.</summary>
/// <param name="Name">Its key in JSON and its name in CSV: part of the public contract, so written out, never derived from the C# member.</param>
/// <param name="Label">Its row heading in tables, reports and chart legends.</param>
public sealed record CostComponentDefinition(CostComponent Component, string Name, string Label);

/// <summary>
/// One entry per <see cref="CostComponent"/>. Adding a component is its member above, its entry here (the
/// build fails without one) and where the kernel books it.
/// </summary>
public static class CostCatalogue
{
    /// <summary>Every component, in report order (the order of <see cref="CostComponent"/>).</summary>
    public static IReadOnlyList<CostComponentDefinition> All => Definitions;

    public static CostComponentDefinition Of(CostComponent component) => Definitions[(int)component];

    private static readonly CostComponentDefinition[] Definitions = [.. Enum.GetValues<CostComponent>().Select(Define)];

    private static CostComponentDefinition Define(CostComponent component) => component switch
    {
        CostComponent.AgentHours => new(component, "agentHours", "Agent pay"),
        CostComponent.Overtime => new(component, "overtime", "Overtime"),
        CostComponent.TrainingHours => new(component, "trainingHours", "Pay in training"),
        CostComponent.TrainingFees => new(component, "trainingFees", "Training fees"),
        CostComponent.Telephony => new(component, "telephony", "Telephony"),
        CostComponent.Automation => new(component, "automation", "Bot sessions"),
        CostComponent.Fixed => new(component, "fixed", "Fixed"),
    };
}
