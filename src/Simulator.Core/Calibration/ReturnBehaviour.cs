namespace Simulator.Core.Calibration;

/// <summary>How often, and how soon, customers came back after one kind of contact (abandoned: redials; answered: repeats).</summary>
/// <param name="Contacts">Contacts of this kind with a customer id.</param>
/// <param name="ObservedForWindow">Those at least a window before the end of the log: only they could be seen to return within it.</param>
/// <param name="ShareWithinWindow">Returned within the window / observed for it (Wilson); null when none was observed for a whole window.</param>
/// <param name="Delays">Delays of those returns, fitted like handle times; they are cut at the window, so choose a window long against the delays.</param>
/// <param name="Mixture">Share and exponential mean delay corrected for the end of the log.</param>
public sealed record ReturnBehaviour(
    int Contacts,
    double WindowSeconds,
    int ObservedForWindow,
    int ReturnedWithinWindow,
    Estimate? ShareWithinWindow,
    DurationFit Delays,
    ReturnMixture Mixture);
