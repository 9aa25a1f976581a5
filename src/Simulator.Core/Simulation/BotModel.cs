using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>An IVR or chatbot in front of a contact type, compiled for the kernel (<see cref="AutomationPolicy"/>).</summary>
internal sealed class BotModel(AutomationPolicy policy)
{
    public double Containment { get; } = policy.Containment;

    public double Abandonment { get; } = policy.Abandonment;

    public DurationSampler Time { get; } = new(policy.BotTime);

    public double CostPerSession { get; } = policy.CostPerSession;

    public double TransferHandleSeconds { get; } = policy.TransferHandleTime.TotalSeconds;

    public double TransferResolutionChange { get; } = policy.TransferResolutionChange;
}
