namespace Simulator.Core.History;

/// <summary>A column a history file may have, by its canonical name (the name <c>--columns</c> maps onto).</summary>
/// <param name="Meaning">What the column holds, for messages and help.</param>
/// <param name="IntervalHistory">Whether interval history has it: required, optional or not at all.</param>
/// <param name="ContactLog">Whether a contact log has it.</param>
public sealed record HistoryColumn(string Name, string Meaning, ColumnUse IntervalHistory, ColumnUse ContactLog)
{
    public ColumnUse UseIn(HistoryShape shape) => shape == HistoryShape.IntervalHistory ? IntervalHistory : ContactLog;
}

public enum ColumnUse
{
    NotUsed,
    Optional,
    Required,
}

/// <summary>The catalogue of history columns: every reader, message and test takes the names from here.</summary>
public static class HistoryColumns
{
    public static readonly HistoryColumn Start = new("start",
        "the interval's start: an ISO date (daily history) or date and time, such as 2024-03-04 08:30", ColumnUse.Required, ColumnUse.NotUsed);

    public static readonly HistoryColumn ContactType = new("contactType",
        "the contact type's id; one type when the column is absent", ColumnUse.Optional, ColumnUse.Optional);

    public static readonly HistoryColumn Offered = new("offered", "contacts offered in the interval", ColumnUse.Required, ColumnUse.NotUsed);

    public static readonly HistoryColumn Answered = new("answered", "contacts answered", ColumnUse.Optional, ColumnUse.NotUsed);

    public static readonly HistoryColumn Abandoned = new("abandoned", "contacts abandoned", ColumnUse.Optional, ColumnUse.NotUsed);

    public static readonly HistoryColumn AhtSeconds = new("ahtSeconds", "average handle time of answered contacts, in seconds", ColumnUse.Optional,
        ColumnUse.NotUsed);

    public static readonly HistoryColumn AsaSeconds = new("asaSeconds", "average speed of answer, in seconds", ColumnUse.Optional, ColumnUse.NotUsed);

    public static readonly HistoryColumn ServiceLevel = new("serviceLevel", "share answered within the threshold, 0 to 1", ColumnUse.Optional,
        ColumnUse.NotUsed);

    public static readonly HistoryColumn Agents = new("agents", "heads on duty in the interval", ColumnUse.Optional, ColumnUse.NotUsed);

    public static readonly HistoryColumn Arrival = new("arrival", "when the contact arrived: date and time, such as 2024-03-04 08:31:07", ColumnUse.NotUsed,
        ColumnUse.Required);

    public static readonly HistoryColumn Outcome = new("outcome",
        $"what became of the contact: {string.Join(", ", ContactOutcomes.Names)}", ColumnUse.NotUsed, ColumnUse.Required);

    public static readonly HistoryColumn WaitSeconds = new("waitSeconds", "seconds the contact waited in the queue", ColumnUse.NotUsed, ColumnUse.Required);

    public static readonly HistoryColumn HandleSeconds = new("handleSeconds", "handle time of an answered contact, in seconds", ColumnUse.NotUsed,
        ColumnUse.Optional);

    public static readonly HistoryColumn Agent = new("agent", "the agent's id", ColumnUse.NotUsed, ColumnUse.Optional);

    public static readonly HistoryColumn Customer = new("customer", "the customer's id", ColumnUse.NotUsed, ColumnUse.Optional);

    public static readonly IReadOnlyList<HistoryColumn> All =
        [Start, ContactType, Offered, Answered, Abandoned, AhtSeconds, AsaSeconds, ServiceLevel, Agents, Arrival, Outcome, WaitSeconds, HandleSeconds, Agent,
            Customer];

    public static HistoryColumn? Find(string name) => All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The columns of one shape, required first, as a message lists them.</summary>
    public static string Describe(HistoryShape shape) =>
        $"required {string.Join(", ", All.Where(c => c.UseIn(shape) == ColumnUse.Required).Select(c => c.Name))}; " +
        $"optional {string.Join(", ", All.Where(c => c.UseIn(shape) == ColumnUse.Optional).Select(c => c.Name))}";
}
