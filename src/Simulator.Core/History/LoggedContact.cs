namespace Simulator.Core.History;

/// <summary>One row of a contact log, kept whole for calibration (which needs each wait, not interval sums).</summary>
/// <param name="Arrival">Local arrival time (converted to the centre's clock where the log gave an offset).</param>
/// <param name="HandleSeconds">Handle time of an answered contact; NaN where the log has none.</param>
/// <param name="Agent">Agent id; null where the log has no agent column or the cell is blank.</param>
/// <param name="Customer">Customer id; null where the log has no customer column or the cell is blank.</param>
public readonly record struct LoggedContact(
    DateTime Arrival,
    string ContactType,
    ContactOutcome Outcome,
    double WaitSeconds,
    double HandleSeconds,
    string? Agent,
    string? Customer);
