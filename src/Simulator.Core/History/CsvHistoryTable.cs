using System.Globalization;
using CsvHelper;

namespace Simulator.Core.History;

/// <summary>CSV rows through CsvHelper's streaming reader: fields are parsed from its UTF-8 spans, so millions of rows allocate little.</summary>
internal sealed class CsvHistoryTable : IHistoryTable
{
    private readonly CsvReader _csv;
    private readonly string _file;

    public CsvHistoryTable(Stream stream, string file)
    {
        _file = file;
        // Line numbers for messages; repeated ids and outcomes pooled; bad quoting is an error, not a guess.
        _csv = CsvReader.Create(stream, CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            PoolStrings = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        }, leaveOpen: true);
        try
        {
            Headers = [.. _csv.Headers.Select(h => h.Trim())];
        }
        catch (CsvFormatException e)
        {
            throw new HistoryException(file, 1, null, $"the header row is not valid CSV: {e.Message}");
        }
    }

    public IReadOnlyList<string> Headers { get; }

    public long Row => _csv.LineNumber;

    public bool MidnightMayBeDate => false;

    public bool Read()
    {
        try
        {
            while (_csv.Read())
            {
                for (int i = 0; i < _csv.FieldCount; i++)
                {
                    if (!IsBlank(i)) return true;
                }
            }
            return false;
        }
        catch (CsvFormatException e)
        {
            throw new HistoryException(_file, _csv.LineNumber + 1, null, $"not valid CSV: {e.Message}");
        }
    }

    private ReadOnlySpan<byte> Cell(int column) => column < _csv.FieldCount ? _csv.GetSpan(column).Trim(" \t"u8) : [];

    public bool IsBlank(int column) => Cell(column).IsEmpty;

    public bool TryGetNumber(int column, out double value) =>
        double.TryParse(Cell(column), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public bool TryGetTimestamp(int column, out Timestamp value) => IsoTimestamp.TryParse(Cell(column), out value);

    public bool TryGetTimeOfDay(int column, out TimeSpan value) => IsoTimestamp.TryParseTimeOfDay(Cell(column), out value);

    public string GetText(int column) => column < _csv.FieldCount ? (_csv.GetString(column) ?? "").Trim() : "";

    public void Dispose() => _csv.Dispose();

    public string? Sheet => null;

    public string? ColumnLetter(string header) => null;
}
