using System.Globalization;
using Simulator.Core.History;

namespace Simulator.Core.Forecasting;

/// <summary>
/// Reads a special-days file (CSV or XLSX): columns <c>date</c> (ISO), <c>label</c>, <c>effect</c>
/// (<c>closed</c> or a multiplier such as 1.3) and optionally <c>contactType</c> (blank: all types).
/// </summary>
public static class SpecialDaysReader
{
    public const string Columns = "date, label, effect (closed or a multiplier such as 1.3) and optionally contactType";

    public static IReadOnlyList<SpecialDay> Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            throw new HistoryException(path, 0, null, $"cannot read the special-days file: {reason}.");
        }
    }

    public static IReadOnlyList<SpecialDay> Read(Stream stream, string file)
    {
        using var table = HistoryTable.Open(stream, file);
        return HistoryTable.Placed(table, () => Read(table, file));
    }

    private static List<SpecialDay> Read(IHistoryTable table, string file)
    {
        int Column(string name, bool required)
        {
            for (int i = 0; i < table.Headers.Count; i++)
            {
                if (string.Equals(table.Headers[i], name, StringComparison.OrdinalIgnoreCase)) return i;
            }
            if (required)
            {
                throw new HistoryException(file, 1, null, $"a special-days file has the columns {Columns}, but this one has no '{name}' column (its columns " +
                    $"are {string.Join(", ", table.Headers)}).");
            }
            return -1;
        }
        int date = Column("date", true), label = Column("label", true), effect = Column("effect", true), type = Column("contactType", false);
        var days = new List<SpecialDay>();
        var seen = new Dictionary<(DateOnly, string?), long>();
        while (table.Read())
        {
            if (!table.TryGetTimestamp(date, out var stamp) || stamp.HasTime)
            {
                throw new HistoryException(file, table.Row, table.Headers[date],
                    $"expected an ISO date such as 2024-12-25, but found \"{table.GetText(date)}\".");
            }
            string name = table.GetText(label);
            if (name.Length == 0) throw new HistoryException(file, table.Row, table.Headers[label],
                "the cell is empty; expected what the day is, such as Christmas Day.");
            string text = table.GetText(effect);
            double multiplier;
            if (string.Equals(text, "closed", StringComparison.OrdinalIgnoreCase)) multiplier = 0;
            else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out multiplier) || !double.IsFinite(multiplier)
                || multiplier <= 0)
            {
                throw new HistoryException(file, table.Row, table.Headers[effect],
                    $"expected closed or a multiplier greater than 0, such as 1.3 or 0.5, but found \"{text}\".");
            }
            string? contactType = type >= 0 && !table.IsBlank(type) ? table.GetText(type) : null;
            var day = DateOnly.FromDateTime(stamp.Wall);
            if (seen.TryGetValue((day, contactType), out long first))
            {
                throw new HistoryException(file, table.Row, table.Headers[date],
                    $"{day:yyyy-MM-dd} is listed twice{(contactType is null ? "" : $" for {contactType}")} (first in row {first}).");
            }
            seen[(day, contactType)] = table.Row;
            days.Add(new SpecialDay(day, name, multiplier, contactType));
        }
        return days;
    }
}
