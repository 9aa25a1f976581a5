namespace Simulator.Core.History;

/// <summary>A day far from its weekday's norm: never fitted as a normal day.</summary>
/// <param name="Expected">The norm: the median of the same weekday over the surrounding weeks.</param>
/// <param name="Ratio">Offered / expected; null where the norm is zero (a normally closed weekday that had contacts).</param>
public sealed record OutlierDay(DateOnly Date, string ContactType, double Offered, double Expected, double? Ratio);
