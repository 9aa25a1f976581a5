namespace Simulator.Core.History;

/// <summary>One row of a contact log as every reader of contact logs sees it.</summary>
/// <param name="Arrival">Local date and time of arrival.</param>
/// <param name="WaitSeconds">Seconds waited; 0 for a contact a bot contained (the column is not read for it).</param>
/// <param name="HandleSeconds">Handle time of an answered contact; NaN when the log has none or the contact was not answered.</param>
internal readonly record struct ContactRow(DateTime Arrival, string ContactType, ContactOutcome Outcome, double WaitSeconds, double HandleSeconds);

/// <summary>
/// Reads a contact log's rows one at a time with the checks and messages every contact-log reader shares (arrival with a time, an outcome
/// the log or its mapping names, seconds waited, handle time), so that history, calibration and replay cannot disagree about a row.
/// </summary>
internal sealed class ContactRowReader
{
    private readonly CellReader _cells;
    private readonly Dictionary<string, ContactOutcome> _outcomes;
    private readonly string _expectedOutcomes;
    private readonly bool _hasHandle;

    public ContactRowReader(CellReader cells, HistoryMapping mapping)
    {
        _cells = cells;
        _outcomes = new Dictionary<string, ContactOutcome>(mapping.Outcomes, StringComparer.OrdinalIgnoreCase);
        foreach (var outcome in Enum.GetValues<ContactOutcome>()) _outcomes.TryAdd(ContactOutcomes.Name(outcome), outcome);
        _expectedOutcomes = string.Join(", ", _outcomes.Keys.Order(StringComparer.OrdinalIgnoreCase));
        _hasHandle = cells.Has(HistoryColumns.HandleSeconds);
    }

    /// <summary>The cells of the current row, for the columns only some readers need (agent, customer) and for errors.</summary>
    public CellReader Cells => _cells;

    /// <summary>Moves to the next row and reads it; false after the last row.</summary>
    public bool Read(out ContactRow row)
    {
        if (!_cells.Table.Read())
        {
            row = default;
            return false;
        }
        var (local, hasTime, _) = _cells.Time(HistoryColumns.Arrival);
        if (!hasTime)
        {
            throw _cells.Error(HistoryColumns.Arrival, "expected the date and time of arrival, such as 2024-03-04 08:31:07, but found a date alone.");
        }
        string type = _cells.Text(HistoryColumns.ContactType, CellReader.DefaultContactType);
        string outcomeText = _cells.Text(HistoryColumns.Outcome, "");
        if (!_outcomes.TryGetValue(outcomeText, out var outcome))
        {
            throw _cells.Error(HistoryColumns.Outcome,
                $"expected one of {_expectedOutcomes}, but found \"{outcomeText}\"; a mapping file can name other values (outcomes: {{ answered: " +
                    $"[{outcomeText}] }}).");
        }
        double wait = outcome == ContactOutcome.Contained
            ? 0
            : _cells.Number(HistoryColumns.WaitSeconds, 0, double.MaxValue, "seconds waited ≥ 0", required: true);
        double handle = _hasHandle && outcome == ContactOutcome.Answered
            ? _cells.Number(HistoryColumns.HandleSeconds, 0, double.MaxValue, "a handle time in seconds ≥ 0", required: false)
            : double.NaN;
        row = new ContactRow(local, type, outcome, wait, handle);
        return true;
    }
}
