using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Simulator.Core.History;

/// <summary>
/// The first worksheet of a workbook through MiniExcel's streaming reader. The first row is the
/// header; cells arrive typed (numbers, dates, text), and text is parsed as in a CSV file.
/// </summary>
internal sealed class XlsxHistoryTable : IHistoryTable
{
    private readonly IEnumerator<IDictionary<string, object?>> _rows;
    private readonly string[] _keys;
    private IDictionary<string, object?>? _current;
    private long _row = 1;

    public XlsxHistoryTable(Stream stream, string file)
    {
        _file = file;
        try
        {
            Sheet = stream.GetSheetNames().FirstOrDefault() ?? throw new HistoryException(file, 0, null, "the workbook has no worksheet.");
            stream.Position = 0;
            // Without a header row MiniExcel keys cells by column letter, and yields every row in order, blank ones too.
            _rows = stream.Query(useHeaderRow: false, sheetName: Sheet).Cast<IDictionary<string, object?>>().GetEnumerator();
            if (!_rows.MoveNext())
            {
                _keys = [];
                Headers = [];
                return;
            }
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            throw Unreadable(e, 0);
        }
        var header = _rows.Current;
        _keys = [.. header.Keys];
        Headers = [.. _keys.Select(k => Text(header[k]))];
    }

    private readonly string _file;

    public string? Sheet { get; }

    public string? ColumnLetter(string header)
    {
        for (int i = 0; i < Headers.Count; i++)
        {
            if (string.Equals(Headers[i], header, StringComparison.Ordinal)) return _keys[i];
        }
        return null;
    }

    /// <summary>
    /// What a damaged workbook makes MiniExcel throw (the zip, its XML, a part it expects and cannot find): said in words, naming the file and, once
    /// known, the sheet and row. Errors of this code and cancellation pass.
    /// </summary>
    private static bool IsUnreadable(Exception e) => e is not (HistoryException or OperationCanceledException or OutOfMemoryException);

    private HistoryException Unreadable(Exception e, long row) =>
        new(_file, row, null, $"is not a readable XLSX workbook ({e.GetType().Name}: {e.Message.TrimEnd('.')}). Save it again from the spreadsheet, or " +
            "as CSV.", Sheet);

    public IReadOnlyList<string> Headers { get; }

    public long Row => _row;

    public bool MidnightMayBeDate => true;

    public bool Read()
    {
        while (Next())
        {
            _row++;
            _current = _rows.Current;
            for (int i = 0; i < _keys.Length; i++)
            {
                if (!IsBlank(i)) return true;
            }
        }
        _current = null;
        return false;
    }

    private bool Next()
    {
        try
        {
            return _rows.MoveNext();
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            throw Unreadable(e, _row + 1);
        }
    }

    private object? Value(int column) =>
        _current is not null && column < _keys.Length && _current.TryGetValue(_keys[column], out var value) ? value : null;

    public bool IsBlank(int column) => Value(column) is null || Value(column) is string text && string.IsNullOrWhiteSpace(text);

    public bool TryGetNumber(int column, out double value)
    {
        switch (Value(column))
        {
            case double d:
                value = d;
                return double.IsFinite(d);
            case IConvertible convertible and not string and not DateTime and not bool:
                value = convertible.ToDouble(CultureInfo.InvariantCulture);
                return double.IsFinite(value);
            case string text:
                return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
            default:
                value = 0;
                return false;
        }
    }

    public bool TryGetTimestamp(int column, out Timestamp value)
    {
        switch (Value(column))
        {
            case DateTime dateTime:
                // A spreadsheet date at midnight may be a date or the 00:00 interval: the reader decides from the other rows.
                value = new Timestamp(DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified), dateTime.TimeOfDay != TimeSpan.Zero, null);
                return true;
            case string text:
                return IsoTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out value);
            default:
                value = default;
                return false;
        }
    }

    public bool TryGetTimeOfDay(int column, out TimeSpan value)
    {
        switch (Value(column))
        {
            case TimeSpan time when time >= TimeSpan.Zero && time < TimeSpan.FromDays(1):
                value = time;
                return true;
            case DateTime dateTime:
                // Excel keeps a time of day as a fraction of a day, which comes back as a date-time on its epoch.
                value = dateTime.TimeOfDay;
                return true;
            case double fraction when fraction >= 0 && fraction < 1:
                value = TimeSpan.FromTicks((long)Math.Round(fraction * TimeSpan.TicksPerDay / TimeSpan.TicksPerSecond) * TimeSpan.TicksPerSecond);
                return true;
            case string text:
                return IsoTimestamp.TryParseTimeOfDay(Encoding.UTF8.GetBytes(text), out value);
            default:
                value = default;
                return false;
        }
    }

    public string GetText(int column) => Text(Value(column));

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime dateTime => dateTime.ToString(dateTime.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };

    public void Dispose() => _rows.Dispose();
}
