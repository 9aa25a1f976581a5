using Simulator.Core.Simulation;

namespace Simulator.Reports;

/// <summary>How a cell reads in a spreadsheet: the value stays the exact number JSON has; only its display follows the format.</summary>
public enum CellDisplay
{
    /// <summary>Text, always a string cell: never a formula, whatever it starts with.</summary>
    Text,

    /// <summary>A number as Excel's General format shows it (ratios such as MASE, Erlangs).</summary>
    General,

    /// <summary>A count or a mean of counts, one decimal: 1,234.5.</summary>
    Count,

    /// <summary>A whole number: agents, days, replications.</summary>
    Whole,

    /// <summary>A share in [0, 1] shown as a percentage with one decimal: 0.8123 reads 81.2%.</summary>
    Percent,

    /// <summary>A duration as a number of seconds, one decimal (the column's name ends in Seconds).</summary>
    Seconds,

    /// <summary>Money over the horizon, whole units with thousands separators.</summary>
    Money,

    /// <summary>Money per contact, two decimals.</summary>
    MoneyPerContact,

    /// <summary>A clock time (Excel's fraction of a day) shown hh:mm.</summary>
    TimeOfDay,

    /// <summary>A calendar date (Excel's serial date) shown yyyy-mm-dd.</summary>
    Date,

    /// <summary>A date and time shown yyyy-mm-dd hh:mm.</summary>
    DateTime,

    /// <summary>TRUE or FALSE.</summary>
    Flag,
}

/// <summary>One cell: its value (text, a number, a flag, or none) and how it reads. Build cells with the named constructors.</summary>
public readonly record struct WorkbookCell
{
    private WorkbookCell(object? value, CellDisplay format)
    {
        Value = value;
        Format = format;
    }

    /// <summary>A <see cref="string"/>, a <see cref="double"/> (dates and times as Excel's serial numbers), a <see cref="bool"/>, or null for an empty
    /// cell.</summary>
    public object? Value { get; }

    public CellDisplay Format { get; }

    public static readonly WorkbookCell Empty = new(null, CellDisplay.General);

    public static WorkbookCell Text(string? text) => new(text, CellDisplay.Text);

    /// <summary>A number in <paramref name="format"/>; null, NaN or an infinity is an empty cell (a spreadsheet has no such numbers; JSON writes
    /// null).</summary>
    public static WorkbookCell Number(double? value, CellDisplay format = CellDisplay.General) =>
        value is double v && double.IsFinite(v) ? new(v, format) : new(null, format);

    public static WorkbookCell Whole(long? value) => value is long v ? new((double)v, CellDisplay.Whole) : new(null, CellDisplay.Whole);

    public static WorkbookCell Flag(bool? value) => new(value, CellDisplay.Flag);

    /// <summary>A time of day as Excel keeps it, a fraction of a day.</summary>
    public static WorkbookCell TimeOfDay(TimeSpan time) => new(time.TotalDays, CellDisplay.TimeOfDay);

    public static WorkbookCell Date(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue).ToOADate(), CellDisplay.Date);

    public static WorkbookCell DateTime(DateTime moment) => new(moment.ToOADate(), CellDisplay.DateTime);

    /// <summary>A KPI's value in the format its unit reads in.</summary>
    public static WorkbookCell Of(KpiUnit unit, double? value) => Number(value, FormatOf(unit));

    public static CellDisplay FormatOf(KpiUnit unit) => unit switch
    {
        KpiUnit.Share => CellDisplay.Percent,
        KpiUnit.Seconds => CellDisplay.Seconds,
        KpiUnit.Count => CellDisplay.Count,
        KpiUnit.Money => CellDisplay.Money,
        KpiUnit.MoneyPerContact => CellDisplay.MoneyPerContact,
    };

    public static implicit operator WorkbookCell(string? text) => Text(text);

    public static WorkbookCell FromString(string? text) => Text(text);
}

/// <summary>A sheet: its name, a header row, and rows of cells under it.</summary>
public sealed record WorkbookSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<WorkbookCell[]> Rows);

/// <summary>
/// A workbook of <see cref="WorkbookSheet"/>s, each with a bold header row frozen above its data. Every output that has XLSX (<c>--format xlsx</c> and
/// the web workspace's downloads) is written through <see cref="Write(IReadOnlyList{WorkbookSheet})"/>.
/// </summary>
public static class XlsxWorkbook
{
    /// <summary>The MIME type of an .xlsx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The longest sheet name Excel accepts.</summary>
    public const int MaxSheetNameLength = 31;

    /// <summary>The most characters Excel keeps in one cell; longer text is cut there.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>The characters a sheet name may not hold (Excel's rule).</summary>
    private static readonly char[] SheetNameForbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>The workbook as the bytes of an .xlsx file.</summary>
    public static byte[] Write(IReadOnlyList<WorkbookSheet> sheets)
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, sheets);
        return stream.ToArray();
    }

    /// <summary>
    /// <paramref name="wanted"/> as a valid sheet name not yet in <paramref name="taken"/> (compared as Excel does, ignoring case): forbidden characters
    /// become '_', a leading or trailing apostrophe is dropped, the name is cut to 31 characters, and a clash gets " (2)", " (3)"….
    /// </summary>
    public static string SheetName(string wanted, IEnumerable<string> taken)
    {
        string name = new string([.. wanted.Select(c => SheetNameForbidden.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim().Trim('\'');
        if (name.Length == 0 || string.Equals(name, "History", StringComparison.OrdinalIgnoreCase)) name = "Sheet" + (name.Length == 0 ? "" : " " + name);
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        string candidate = Cut(name, "");
        for (int n = 2; used.Contains(candidate); n++) candidate = Cut(name, $" ({n})");
        return candidate;
    }

    private static string Cut(string name, string suffix) =>
        (name.Length + suffix.Length <= MaxSheetNameLength ? name : name[..(MaxSheetNameLength - suffix.Length)].TrimEnd()) + suffix;

    /// <summary>Checks what <see cref="XlsxWriter"/> relies on: valid, distinct sheet names and rows no wider than their header.</summary>
    internal static void Check(IReadOnlyList<WorkbookSheet> sheets)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            if (SheetName(sheet.Name, []) != sheet.Name || !names.Add(sheet.Name))
            {
                throw new ArgumentException($"'{sheet.Name}' is not a valid sheet name, or is used twice; pass names through {nameof(SheetName)}.",
                    nameof(sheets));
            }
            if (sheet.Rows.FirstOrDefault(r => r.Length > sheet.Header.Count) is { } wide)
            {
                throw new ArgumentException($"sheet '{sheet.Name}' has a row of {wide.Length} cells under a header of {sheet.Header.Count}.", nameof(sheets));
            }
        }
    }
}
