namespace Simulator.Core.Intraday;

/// <summary>
/// One contact of a real day, as a replay feeds it to the kernel instead of a generated arrival: when it came and what is known of it.
/// </summary>
/// <param name="ArrivalSeconds">Seconds after the day's opening.</param>
/// <param name="ContactType">Index of the scenario's contact type.</param>
/// <param name="HandleSeconds">Talk and after-contact work as recorded (an answered contact); NaN where unknown, and the model draws it.</param>
/// <param name="PatienceSeconds">How long the customer would wait: an abandoned contact's recorded wait; NaN where unknown.</param>
/// <param name="WaitedAtLeastSeconds">A lower bound on patience where it is unknown: an answered contact, or one left waiting at close, waited this long
/// without giving up, so the patience drawn for it is drawn above this.</param>
/// <param name="Row">The row of the log it came from (for messages).</param>
public readonly record struct ReplayedContact(
    double ArrivalSeconds,
    int ContactType,
    double HandleSeconds,
    double PatienceSeconds,
    double WaitedAtLeastSeconds,
    long Row);
