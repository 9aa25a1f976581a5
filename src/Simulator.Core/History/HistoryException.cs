namespace Simulator.Core.History;

/// <summary>A history file is wrong at a place: file, row (the line a spreadsheet or editor shows) and column; in a workbook also the sheet and the
/// cell ("history.xlsx, sheet 'Data': row 4, column 'offered' (B4): …").</summary>
public sealed class HistoryException(string file, long row, string? column, string message, string? sheet = null, string? cell = null)
    : InputException(Describe(file, row, column, message, sheet, cell))
{
    public string File { get; } = file;

    /// <summary>1-based row of the file, the header being row 1; 0 for the file as a whole.</summary>
    public long Row { get; } = row;

    public string? Column { get; } = column;

    /// <summary>The worksheet read, for a workbook.</summary>
    public string? Sheet { get; } = sheet;

    /// <summary>The cell's reference as the spreadsheet shows it (B4), for a workbook.</summary>
    public string? Cell { get; } = cell;

    /// <summary>What is wrong, without the place.</summary>
    public string Detail { get; } = message;

    /// <summary>The same error placed in <paramref name="sheetName"/>, its cell named by the column letter <paramref name="letterOf"/> gives for its
    /// column.</summary>
    internal HistoryException InSheet(string sheetName, Func<string, string?> letterOf) =>
        Sheet is not null ? this : new(File, Row, Column, Detail, sheetName, Column is not null && Row > 0 && letterOf(Column) is string letter
            ? letter + Row.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null);

    private static string Describe(string file, long row, string? column, string message, string? sheet, string? cell)
    {
        string where = sheet is null ? file : $"{file}, sheet '{sheet}'";
        string place = row > 0 ? $"{where}: row {row}" : where;
        if (column is not null) place += $", column '{column}'" + (cell is null ? "" : $" ({cell})");
        return $"{place}: {message}";
    }
}
