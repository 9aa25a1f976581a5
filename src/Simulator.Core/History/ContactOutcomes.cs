namespace Simulator.Core.History;

/// <summary>What became of a logged contact, as the KPI definitions count it (shared/DESIGN.md, "KPI definitions").</summary>
public enum ContactOutcome
{
    /// <summary>Reached an agent: offered and answered.</summary>
    Answered,

    /// <summary>Hung up in the queue: offered, not answered.</summary>
    Abandoned,

    /// <summary>Resolved by a bot or IVR before the agent queue: not offered.</summary>
    Contained,

    /// <summary>Still waiting when the centre closed: offered, neither answered nor abandoned (its wait is a lower bound on its patience).</summary>
    Unanswered,
}

/// <summary>The outcome names a contact log uses, and the ones a mapping file adds.</summary>
public static class ContactOutcomes
{
    public static readonly IReadOnlyList<string> Names = [.. Enum.GetValues<ContactOutcome>().Select(Name)];

    public static string Name(ContactOutcome outcome) => outcome.ToString().ToLowerInvariant();

    public static bool TryParse(string name, out ContactOutcome outcome)
    {
        foreach (var candidate in Enum.GetValues<ContactOutcome>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                outcome = candidate;
                return true;
            }
        }
        outcome = default;
        return false;
    }
}
