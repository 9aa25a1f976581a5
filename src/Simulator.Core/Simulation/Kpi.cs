using Simulator.Core.Analytics;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>The KPIs a run reports, in report order; what each is lives in <see cref="KpiCatalogue"/>.</summary>
public enum Kpi
{
    ServiceLevel,
    VoiceServiceLevel,
    ChatServiceLevel,
    EmailServiceLevel,
    AbandonmentRate,
    AverageSpeedOfAnswerSeconds,
    VoiceAverageSpeedOfAnswerSeconds,
    ChatAverageSpeedOfAnswerSeconds,
    EmailAverageSpeedOfAnswerSeconds,
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

    /// <summary>The KPIs a table shows for a scenario: all but the per-channel figures of channels it has no contact type of.</summary>
    public static IEnumerable<KpiDefinition> ShownFor(Scenario scenario) =>
        Definitions.Where(k => k.Channel is not { } channel || scenario.ContactTypes.Any(t => t.Channel == channel));

    /// <summary>The KPIs reported for each contact type.</summary>
    public static IReadOnlyList<KpiDefinition> PerContactType { get; } = [.. Definitions.Where(k => k.Scope == KpiScope.ContactType)];

    private static KpiDefinition Define(Kpi kpi) => kpi switch
    {
        Kpi.ServiceLevel => new()
        {
            // Every channel together, each contact against its own type's threshold (20 s voice, hours for email): the
            // contacts that met their own type's target / offered (or the definition's denominator).
            Kpi = kpi, Name = "serviceLevel", Label = "Service level, all (own targets)", Phrase = "service level",
            Unit = KpiUnit.Share, Preference = Preference.Higher, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => ServiceLevelOf(in x.Contacts, x.Definition),
        },
        Kpi.VoiceServiceLevel => ChannelServiceLevel(kpi, Channel.Voice),
        Kpi.ChatServiceLevel => ChannelServiceLevel(kpi, Channel.Chat),
        Kpi.EmailServiceLevel => ChannelServiceLevel(kpi, Channel.Email),
        Kpi.AbandonmentRate => new()
        {
            Kpi = kpi, Name = "abandonmentRate", Label = "Abandonment rate", Phrase = "abandonment",
            Unit = KpiUnit.Share, Preference = Preference.Lower, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.Contacts.Abandoned, x.Contacts.Offered),
        },
        Kpi.AverageSpeedOfAnswerSeconds => new()
        {
            // Mean wait of answered contacts of every channel together: read beside the per-channel figures.
            Kpi = kpi, Name = "averageSpeedOfAnswerSeconds", Label = "ASA, all channels", Phrase = "average speed of answer",
            Unit = KpiUnit.Seconds, Preference = Preference.Lower, Scope = KpiScope.ContactType,
            Formula = static (in KpiInputs x) => KpiInputs.Ratio(x.Contacts.AnsweredWaitSeconds, x.Contacts.Answered),
        },
        Kpi.VoiceAverageSpeedOfAnswerSeconds => ChannelSpeedOfAnswer(kpi, Channel.Voice),
        Kpi.ChatAverageSpeedOfAnswerSeconds => ChannelSpeedOfAnswer(kpi, Channel.Chat),
        Kpi.EmailAverageSpeedOfAnswerSeconds => ChannelSpeedOfAnswer(kpi, Channel.Email),
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

    /// <summary>Answered within each contact's own type's threshold, over the definition's denominator.</summary>
    private static double ServiceLevelOf(in ContactTally contacts, ServiceLevelDefinition definition) => definition switch
    {
        ServiceLevelDefinition.Offered => KpiInputs.Ratio(contacts.AnsweredWithinThreshold, contacts.Offered),
        ServiceLevelDefinition.Answered => KpiInputs.Ratio(contacts.AnsweredWithinThreshold, contacts.Answered),
        ServiceLevelDefinition.ExcludeShortAbandons =>
            KpiInputs.Ratio(contacts.AnsweredWithinThreshold, (double)contacts.Offered - contacts.AbandonedWithinShortLimit),
    };

    /// <summary>A channel's headline service level: its contact types together, each against its own threshold.</summary>
    private static KpiDefinition ChannelServiceLevel(Kpi kpi, Channel channel) => new()
    {
        Kpi = kpi, Name = ChannelName(channel) + "ServiceLevel", Label = "Service level, " + ChannelName(channel),
        Phrase = ChannelName(channel) + " service level", Channel = channel,
        Unit = KpiUnit.Share, Preference = Preference.Higher, Scope = KpiScope.Centre,
        Formula = channel switch
        {
            Channel.Voice => static (in KpiInputs x) => ServiceLevelOf(in x.Channels.Voice, x.Definition),
            Channel.Chat => static (in KpiInputs x) => ServiceLevelOf(in x.Channels.Chat, x.Definition),
            Channel.Email => static (in KpiInputs x) => ServiceLevelOf(in x.Channels.Email, x.Definition),
        },
    };

    /// <summary>A channel's mean wait of answered contacts.</summary>
    private static KpiDefinition ChannelSpeedOfAnswer(Kpi kpi, Channel channel) => new()
    {
        Kpi = kpi, Name = ChannelName(channel) + "AverageSpeedOfAnswerSeconds", Label = "ASA, " + ChannelName(channel),
        Phrase = ChannelName(channel) + " average speed of answer", Channel = channel,
        Unit = KpiUnit.Seconds, Preference = Preference.Lower, Scope = KpiScope.Centre,
        Formula = channel switch
        {
            Channel.Voice => static (in KpiInputs x) => KpiInputs.Ratio(x.Channels.Voice.AnsweredWaitSeconds, x.Channels.Voice.Answered),
            Channel.Chat => static (in KpiInputs x) => KpiInputs.Ratio(x.Channels.Chat.AnsweredWaitSeconds, x.Channels.Chat.Answered),
            Channel.Email => static (in KpiInputs x) => KpiInputs.Ratio(x.Channels.Email.AnsweredWaitSeconds, x.Channels.Email.Answered),
        },
    };

    /// <summary>The channel as keys and labels spell it: "voice", "chat", "email".</summary>
    private static string ChannelName(Channel channel) => channel switch
    {
        Channel.Voice => "voice",
        Channel.Chat => "chat",
        Channel.Email => "email",
    };
}
