namespace Simulator.Core.Forecasting;

/// <summary>
/// A day the planner knows is not normal: a holiday the centre is closed, or a day with a known
/// multiplier (Christmas Eve at half volume, the day after a holiday at 1.3×). Left out of the fit where
/// it is in the past; applied to the forecast where it is in the future.
/// </summary>
/// <param name="Multiplier">Volume against a normal day of the same weekday; 0 when closed.</param>
/// <param name="ContactType">The one contact type it applies to; null for all.</param>
public sealed record SpecialDay(DateOnly Date, string Label, double Multiplier, string? ContactType = null)
{
    public bool Closed => Multiplier == 0;

    public bool AppliesTo(string contactType) => ContactType is null || ContactType == contactType;
}
