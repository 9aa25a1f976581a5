namespace Simulator.Core.Simulation;

/// <summary>One contact type's queue at an instant: how many wait, the longest wait so far, and whether its bot is on.</summary>
public sealed record QueueStatus(string ContactType, int Waiting, double LongestWaitSeconds, bool BotOn);
