namespace Simulator.Core.History;

/// <summary>A history file is wrong at a place: file, row (the line a spreadsheet or editor shows) and column.</summary>
public sealed class HistoryException(string file, long row, string? column, string message)
    : InputException(Describe(file, row, column, message))
{
    public string File { get; } = file;

    /// <summary>1-based row of the file, the header being row 1; 0 for the file as a whole.</summary>
    public long Row { get; } = row;

    public string? Column { get; } = column;

    private static string Describe(string file, long row, string? column, string message)
    {
        string place = row > 0 ? $"{file}: row {row}" : file;
        if (column is not null) place += $", column '{column}'";
        return $"{place}: {message}";
    }
}
