namespace Simulator.Core.History;

/// <summary>A run of intervals the centre is normally open that the history does not have: reported, never filled.</summary>
/// <param name="From">Local start of the first missing interval.</param>
/// <param name="To">Local end of the last missing interval.</param>
/// <param name="Intervals">How many intervals are missing in the run.</param>
public sealed record HistoryGap(string ContactType, DateTime From, DateTime To, int Intervals);
