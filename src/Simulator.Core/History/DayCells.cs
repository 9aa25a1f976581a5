namespace Simulator.Core.History;

/// <summary>What is summed per interval while a file is read: counts, and weighted sums for the averages.</summary>
internal enum CellField
{
    Offered,
    Answered,
    Abandoned,
    AhtSum,
    AhtWeight,
    AsaSum,
    AsaWeight,
    ServiceLevelSum,
    ServiceLevelWeight,
    AgentsSum,
    AgentsWeight,
}

/// <summary>
/// One contact type's sums for one day, interval by interval. An unknown value is NaN and stays NaN
/// through sums, so an average over an interval with an unknown part is unknown, not biased.
/// </summary>
internal sealed class DayCells
{
    public static readonly int FieldCount = Enum.GetValues<CellField>().Length;

    public DayCells(int slots)
    {
        Values = new double[slots * FieldCount];
        Present = new bool[slots];
        Rows = new long[slots];
    }

    public double[] Values { get; }

    /// <summary>Whether the file has this interval (a row, or for a contact log a day it covers).</summary>
    public bool[] Present { get; }

    /// <summary>The row each interval came from, to name both rows of a duplicate.</summary>
    public long[] Rows { get; }

    public ref double this[int slot, CellField field] => ref Values[slot * FieldCount + (int)field];
}

/// <summary>Sums per contact type and day as rows stream in: memory grows with days and intervals, never with rows.</summary>
internal sealed class GridAccumulator(int slots)
{
    private readonly Dictionary<(int Type, int Day), DayCells> _days = [];
    private readonly List<string> _types = [];
    private readonly Dictionary<string, int> _typeIndex = new(StringComparer.Ordinal);

    public int Slots => slots;

    public IReadOnlyList<string> Types => _types;

    public IEnumerable<KeyValuePair<(int Type, int Day), DayCells>> Days => _days;

    public int TypeIndex(string id)
    {
        if (_typeIndex.TryGetValue(id, out int index)) return index;
        _types.Add(id);
        return _typeIndex[id] = _types.Count - 1;
    }

    public DayCells Day(int type, int dayNumber)
    {
        if (!_days.TryGetValue((type, dayNumber), out var cells))
        {
            _days[(type, dayNumber)] = cells = new DayCells(slots);
        }
        return cells;
    }

    public bool TryGetDay(int type, int dayNumber, out DayCells cells) => _days.TryGetValue((type, dayNumber), out cells!);
}
