namespace Simulator.Core.History;

/// <summary>
/// Where a canonical column's values come from in the file: one column, or for <c>start</c> and
/// <c>arrival</c> a date column and a time-of-day column read together ("date+time").
/// </summary>
public sealed record ColumnSource(string Column, string? TimeColumn = null)
{
    public override string ToString() => TimeColumn is null ? Column : $"{Column}+{TimeColumn}";
}
