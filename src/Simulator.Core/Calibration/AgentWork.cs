namespace Simulator.Core.Calibration;

/// <summary>One handled contact as an agent's work: who, from when (the answer, i.e. arrival + wait) and for how long (handle time, wrap-up
/// included).</summary>
public readonly record struct AgentWork(string AgentId, double StartSeconds, double HandleSeconds);
