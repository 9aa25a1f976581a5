namespace Simulator.Core.History;

/// <summary>
/// A contact log read row by row into memory, for calibration: the same columns, checks and messages as
/// <see cref="HistoryReader"/>, but every contact kept. Rows that are not a contact log are refused.
/// </summary>
public static class ContactLogRows
{
    public static IReadOnlyList<LoggedContact> Read(Stream stream, string file, HistoryReadOptions options)
    {
        using var table = HistoryTable.Open(stream, file);
        return HistoryTable.Placed(table, () => Read(table, file, options));
    }

    private static List<LoggedContact> Read(IHistoryTable table, string file, HistoryReadOptions options)
    {
        var plan = ColumnPlan.Resolve(table.Headers, options.Columns, file);
        if (plan.Shape != HistoryShape.ContactLog) throw new HistoryException(file, 0, null, "is interval history, not a contact log.");
        var cells = new CellReader(table, plan, file, options.TimeZone);
        var reader = new ContactRowReader(cells, options.Columns);
        bool hasAgent = cells.Has(HistoryColumns.Agent), hasCustomer = cells.Has(HistoryColumns.Customer);
        var rows = new List<LoggedContact>();
        while (reader.Read(out var row))
        {
            string? agent = hasAgent ? Blank(cells.Text(HistoryColumns.Agent, "", blankAllowed: true)) : null;
            string? customer = hasCustomer ? Blank(cells.Text(HistoryColumns.Customer, "", blankAllowed: true)) : null;
            rows.Add(new LoggedContact(row.Arrival, row.ContactType, row.Outcome, row.WaitSeconds, row.HandleSeconds, agent, customer));
        }
        if (rows.Count == 0) throw new HistoryException(file, 0, null, "the log has a header but no contacts.");
        return rows;
    }

    public static IReadOnlyList<LoggedContact> Load(string path, HistoryReadOptions options)
    {
        using var stream = HistoryFile.Open(path, "history file");
        return Read(stream, path, options);
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
