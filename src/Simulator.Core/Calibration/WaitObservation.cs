namespace Simulator.Core.Calibration;

/// <summary>
/// One queued contact's wait: for an abandon, an observed patience; for an answered contact, a lower
/// bound on its patience (right-censored: the customer would have waited at least this long).
/// </summary>
public readonly record struct WaitObservation(double WaitSeconds, bool Abandoned);
