namespace Simulator.Core.History;

/// <summary>
/// Where each canonical column sits in one file (after the mapping), and which shape the file has.
/// Every mismatch is reported against the header row with the columns that were found.
/// </summary>
internal sealed class ColumnPlan
{
    private readonly Dictionary<HistoryColumn, (int Index, int? TimeIndex)> _indices;

    public HistoryShape Shape { get; }

    /// <summary>Headers no column was taken from.</summary>
    public IReadOnlyList<string> Ignored { get; }

    private ColumnPlan(HistoryShape shape, IReadOnlyList<string> ignored, Dictionary<HistoryColumn, (int, int?)> indices)
    {
        Shape = shape;
        Ignored = ignored;
        _indices = indices;
    }

    public int? Index(HistoryColumn column) => _indices.TryGetValue(column, out var at) ? at.Index : null;

    public int? TimeIndex(HistoryColumn column) => _indices.TryGetValue(column, out var at) ? at.TimeIndex : null;

    /// <summary>The header of the file column a canonical column reads, for messages.</summary>
    public string Header(HistoryColumn column, IReadOnlyList<string> headers) => headers[_indices[column].Index];

    public static ColumnPlan Resolve(IReadOnlyList<string> headers, HistoryMapping mapping, string file)
    {
        if (headers.Count == 0 || headers.All(h => h.Length == 0))
        {
            throw new HistoryException(file, 0, null,
                $"the file is empty; expected a header row and one row per interval ({HistoryColumns.Describe(HistoryShape.IntervalHistory)}) " +
                $"or per contact ({HistoryColumns.Describe(HistoryShape.ContactLog)}).");
        }
        string found = string.Join(", ", headers.Where(h => h.Length > 0));

        int Find(string name, HistoryColumn column)
        {
            int exact = IndexOf(headers, name, StringComparison.Ordinal);
            int index = exact >= 0 ? exact : IndexOf(headers, name, StringComparison.OrdinalIgnoreCase);
            if (index < 0 && mapping.Columns.ContainsKey(column.Name))
            {
                throw new HistoryException(file, 1, name,
                    $"the mapping takes '{column.Name}' from a column '{name}' that the file does not have; its columns are {found}.");
            }
            return index;
        }

        // By reference: the catalogue's columns are singletons, and a record's own hash would hash its strings on every cell.
        var indices = new Dictionary<HistoryColumn, (int, int?)>(ReferenceEqualityComparer.Instance);
        foreach (var column in HistoryColumns.All)
        {
            var source = mapping.Columns.TryGetValue(column.Name, out var mapped) ? mapped : new ColumnSource(column.Name);
            int index = Find(source.Column, column);
            if (index < 0) continue;
            int? time = source.TimeColumn is { } timeColumn ? Find(timeColumn, column) : null;
            indices[column] = (index, time);
        }

        bool intervals = indices.ContainsKey(HistoryColumns.Start);
        bool log = indices.ContainsKey(HistoryColumns.Arrival);
        if (intervals == log)
        {
            string problem = intervals ? "has both a 'start' and an 'arrival' column, so it cannot be told apart" : "has neither a 'start' nor an 'arrival' " +
                "column";
            throw new HistoryException(file, 1, null,
                $"the file {problem}: interval history has one row per interval ({HistoryColumns.Describe(HistoryShape.IntervalHistory)}); " +
                $"a contact log has one row per contact ({HistoryColumns.Describe(HistoryShape.ContactLog)}). The file's columns are {found}; " +
                "map other names to these in a column mapping, such as start=date,offered=calls.");
        }
        var shape = intervals ? HistoryShape.IntervalHistory : HistoryShape.ContactLog;
        var missing = HistoryColumns.All.Where(c => c.UseIn(shape) == ColumnUse.Required && !indices.ContainsKey(c)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            string what = shape == HistoryShape.IntervalHistory ? "interval history" : "a contact log";
            throw new HistoryException(file, 1, null,
                $"the file looks like {what} but has no {string.Join(" or ", missing.Select(m => $"'{m}'"))} column; {what} has columns " +
                $"{HistoryColumns.Describe(shape)}. The file's columns are {found}; map other names to these in a column mapping, such as " +
                    $"{missing[0]}=your_column.");
        }
        foreach (var column in indices.Keys.Where(c => c.UseIn(shape) == ColumnUse.NotUsed).ToList()) indices.Remove(column);
        var used = indices.Values.SelectMany(v => v.Item2 is int t ? new[] { v.Item1, t } : [v.Item1]).ToHashSet();
        var ignored = headers.Where((h, i) => h.Length > 0 && !used.Contains(i)).ToList();
        return new ColumnPlan(shape, ignored, indices);
    }

    private static int IndexOf(IReadOnlyList<string> headers, string name, StringComparison comparison)
    {
        for (int i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i], name, comparison)) return i;
        }
        return -1;
    }
}
