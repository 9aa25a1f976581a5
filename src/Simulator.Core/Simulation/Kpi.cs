using Simulator.Core.Analytics;

namespace Simulator.Core.Simulation;

/// <summary>The KPIs a run reports, in report order; what each is lives in <see cref="KpiCatalogue"/>.</summary>
public enum Kpi
{
    ServiceLevel,
    AbandonmentRate,
    AverageSpeedOfAnswerSeconds,
    AverageHandleTimeSeconds,
    Occupancy,
    FirstContactResolution,
    CustomersAtRisk,
    ContainmentRate,
    Offered,
    Answered,
    Abandoned,
    Contained,
    CostPerContact,
    CostPerResolvedContact,
    TotalCost,
    MeanQueueLength,
    MaxQueueLength,
    UnansweredAtClose,
}

/// <summary>
/// One entry per <see cref="Kpi"/>, with its definition (shared/DESIGN.md, "KPI definitions"). Adding a KPI
/// is its member above, its entry here (the build fails without one) and the tallies it is counted from.
/// </summary>
public static class KpiCatalogue
{
    /// <summary>Every KPI, in report order (the order of <see cref="Kpi"/>).</summary>
    public static IReadOnlyList<KpiDefinition> All => Definitions;

    public static KpiDefinition Of(Kpi kpi) => Definitions[(int)kpi];

    /// <summary>Indexed by <see cref="Kpi"/>: an array, for the loops that compute every KPI of every interval.</summary>
    internal static readonly KpiDefinition[] Definitions = [.. Enum.GetValues<Kpi>().Select(Define)];

    /// <summary>The KPIs reported for each contact type.</summary>
    public static IReadOnlyList<KpiDefinition> PerContactType { get; } = [.. Definitions.Where(k => k.Scope == KpiScope.ContactType)];

    private static KpiDefinition Define(Kpi kpi) => kpi switch
    {
        Kpi.ServiceLevel => new()
        {
            Kpi = kpi, Name = "serviceLevel", Label = "Service level", Phrase = "service level",
            Unit = KpiUnit.Share, Preference = Preference.Higher, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => x.Definition switch
            {
                ServiceLevelDefinition.Offered => KpiInputs.Ratio(x.Contacts.AnsweredWithinThreshold, x.Contacts.Offered),
                ServiceLevelDefinition.Answered => KpiInputs.Ratio(x.Contacts.AnsweredWithinThreshold, x.Contacts.Answered),
                ServiceLevelDefinition.ExcludeShortAbandons =>
                    KpiInputs.Ratio(x.Contacts.AnsweredWithinThreshold, (double)x.Contacts.Offered - x.Contacts.AbandonedWithinShortLimit),
            },
        },
        Kpi.AbandonmentRate => new()
        {
            Kpi = kpi, Name = "abandonmentRate", Label = "Abandonment rate", Phrase = "abandonment",
            Unit = KpiUnit.Share, Preference = Preference.Lower, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.Contacts.Abandoned, x.Contacts.Offered),
        },
        Kpi.AverageSpeedOfAnswerSeconds => new()
        {
            Kpi = kpi, Name = "averageSpeedOfAnswerSeconds", Label = "ASA", Phrase = "average speed of answer",
            Unit = KpiUnit.Seconds, Preference = Preference.Lower, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.Contacts.AnsweredWaitSeconds, x.Contacts.Answered),
        },
        Kpi.AverageHandleTimeSeconds => new()
        {
            Kpi = kpi, Name = "averageHandleTimeSeconds", Label = "AHT", Phrase = "average handle time",
            Unit = KpiUnit.Seconds, Preference = Preference.Lower, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.Contacts.HandleSeconds, x.Contacts.Answered),
        },
        Kpi.Occupancy => new()
        {
            Kpi = kpi, Name = "occupancy", Label = "Occupancy", Phrase = "occupancy",
            Unit = KpiUnit.Share, Preference = Preference.None, Scope = KpiScope.Centre,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.Time.BusyAgentSeconds, x.Time.AvailableAgentSeconds),
        },
        Kpi.FirstContactResolution => new()
        {
            // First contacts handled (by an agent or a bot) and resolved / first contacts handled.
            Kpi = kpi, Name = "firstContactResolution", Label = "First-contact resolution", Phrase = "first-contact resolution",
            Unit = KpiUnit.Share, Preference = Preference.Higher, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.Contacts.FirstContactsResolved, x.Contacts.FirstContactsHandled),
        },
        Kpi.CustomersAtRisk => new()
        {
            // Share of customers with two or more poor experiences in the horizon.
            Kpi = kpi, Name = "customersAtRisk", Label = "Customers at risk", Phrase = "customers at risk",
            Unit = KpiUnit.Share, Preference = Preference.Lower, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.Contacts.CustomersAtRisk, x.Contacts.Customers),
        },
        Kpi.ContainmentRate => new()
        {
            // Contacts resolved in a bot / contacts that entered one.
            Kpi = kpi, Name = "containmentRate", Label = "Containment rate", Phrase = "containment",
            Unit = KpiUnit.Share, Preference = Preference.Higher, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.Contacts.Contained, x.Contacts.BotSessions),
        },
        Kpi.Offered => new()
        {
            Kpi = kpi, Name = "offered", Label = "Offered", Phrase = "contacts offered",
            Unit = KpiUnit.Count, Preference = Preference.None, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => x.Contacts.Offered,
        },
        Kpi.Answered => new()
        {
            Kpi = kpi, Name = "answered", Label = "Answered", Phrase = "contacts answered",
            Unit = KpiUnit.Count, Preference = Preference.None, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => x.Contacts.Answered,
        },
        Kpi.Abandoned => new()
        {
            Kpi = kpi, Name = "abandoned", Label = "Abandoned", Phrase = "contacts abandoned",
            Unit = KpiUnit.Count, Preference = Preference.None, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => x.Contacts.Abandoned,
        },
        Kpi.Contained => new()
        {
            // Contacts resolved by a bot without reaching an agent.
            Kpi = kpi, Name = "contained", Label = "Contained by bot", Phrase = "contacts contained by bots",
            Unit = KpiUnit.Count, Preference = Preference.None, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => x.Contacts.Contained,
        },
        Kpi.CostPerContact => new()
        {
            // All cost / contacts handled by agents or bots.
            Kpi = kpi, Name = "costPerContact", Label = "Cost per contact", Phrase = "cost per contact",
            Unit = KpiUnit.MoneyPerContact, Preference = Preference.Lower, Scope = KpiScope.Centre,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.TotalCost, x.Contacts.Answered + x.Contacts.Contained),
        },
        Kpi.CostPerResolvedContact => new()
        {
            // All cost / contacts that resolved the customer's need.
            Kpi = kpi, Name = "costPerResolvedContact", Label = "Cost per resolved contact", Phrase = "cost per resolved contact",
            Unit = KpiUnit.MoneyPerContact, Preference = Preference.Lower, Scope = KpiScope.Centre,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.TotalCost, x.Contacts.Resolved),
        },
        Kpi.TotalCost => new()
        {
            Kpi = kpi, Name = "totalCost", Label = "Total cost", Phrase = "total cost",
            Unit = KpiUnit.Money, Preference = Preference.Lower, Scope = KpiScope.Centre,
            Formula = static (in KpiInputs x) => x.TotalCost,
        },
        Kpi.MeanQueueLength => new()
        {
            Kpi = kpi, Name = "meanQueueLength", Label = "Mean queue length", Phrase = "mean queue length",
            Unit = KpiUnit.Count, Preference = Preference.Lower, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.Time.QueueSeconds, x.Time.Seconds),
        },
        Kpi.MaxQueueLength => new()
        {
            Kpi = kpi, Name = "maxQueueLength", Label = "Max queue length", Phrase = "longest queue",
            Unit = KpiUnit.Count, Preference = Preference.Lower, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => x.Time.Seconds > 0 ? x.Time.MaxQueue : double.NaN,
        },
        Kpi.UnansweredAtClose => new()
        {
            // Contacts still waiting when the centre closed (email: when the horizon ended): offered = answered + abandoned + these.
            Kpi = kpi, Name = "unansweredAtClose", Label = "Unanswered at close", Phrase = "contacts unanswered at close",
            Unit = KpiUnit.Count, Preference = Preference.Lower, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => x.Contacts.UnansweredAtClose,
        },
    };
}
