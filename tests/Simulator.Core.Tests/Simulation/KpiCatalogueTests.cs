using System.Text.RegularExpressions;
using Simulator.Core.Analytics;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

public class KpiCatalogueTests
{
    /// <summary>A JSON key of the contract: camelCase letters only.</summary>
    private static readonly Regex CamelCase = new("^[a-z][a-zA-Z]*$");

    [Fact]
    public void Every_kpi_has_exactly_one_entry_in_report_order()
    {
        var kpis = Enum.GetValues<Kpi>();

        Assert.Equal(kpis.Length, KpiCatalogue.All.Count);
        for (int i = 0; i < kpis.Length; i++)
        {
            Assert.Equal(i, (int)kpis[i]); // PerKpi indexes its array by the member's number
            Assert.Equal(kpis[i], KpiCatalogue.All[i].Kpi);
            Assert.Same(KpiCatalogue.All[i], KpiCatalogue.Of(kpis[i]));
        }
    }

    [Fact]
    public void Kpi_names_are_unique_camel_case_keys_and_labels_and_phrases_are_unique_too()
    {
        Assert.All(KpiCatalogue.All, k => Assert.Matches(CamelCase, k.Name));
        Assert.Equal(KpiCatalogue.All.Count, KpiCatalogue.All.Select(k => k.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(KpiCatalogue.All.Count, KpiCatalogue.All.Select(k => k.Label).Distinct().Count());
        Assert.Equal(KpiCatalogue.All.Count, KpiCatalogue.All.Select(k => k.Phrase).Distinct().Count());
        Assert.All(KpiCatalogue.All, k => Assert.Equal(k.Phrase.ToLowerInvariant(), k.Phrase));
    }

    [Fact]
    public void Every_cost_component_has_exactly_one_entry_with_a_unique_camel_case_name_and_label()
    {
        var components = Enum.GetValues<CostComponent>();

        Assert.Equal(components, CostCatalogue.All.Select(c => c.Component));
        Assert.All(components, c => Assert.Equal(c, CostCatalogue.Of(c).Component));
        Assert.All(CostCatalogue.All, c => Assert.Matches(CamelCase, c.Name));
        Assert.Equal(components.Length, CostCatalogue.All.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(components.Length, CostCatalogue.All.Select(c => c.Label).Distinct().Count());
    }

    [Fact]
    public void Shares_are_bounded_by_one_and_nothing_is_negative()
    {
        Assert.All(KpiCatalogue.All, k => Assert.Equal(0, k.Lowest));
        Assert.All(KpiCatalogue.All.Where(k => k.Unit == KpiUnit.Share), k => Assert.Equal(1, k.Highest));
        Assert.All(KpiCatalogue.All.Where(k => k.Unit != KpiUnit.Share), k => Assert.Equal(double.PositiveInfinity, k.Highest));
    }

    [Fact]
    public void Per_channel_figures_occupancy_and_costs_belong_to_the_centre_and_every_other_kpi_to_each_contact_type()
    {
        Kpi[] centre =
        [
            Kpi.VoiceServiceLevel, Kpi.ChatServiceLevel, Kpi.EmailServiceLevel,
            Kpi.VoiceAverageSpeedOfAnswerSeconds, Kpi.ChatAverageSpeedOfAnswerSeconds, Kpi.EmailAverageSpeedOfAnswerSeconds,
            Kpi.Occupancy, Kpi.CostPerContact, Kpi.CostPerResolvedContact, Kpi.TotalCost,
        ];

        Assert.Equal(centre, KpiCatalogue.All.Where(k => k.Scope == KpiScope.Centre).Select(k => k.Kpi));
        Assert.Equal(Enum.GetValues<Kpi>().Except(centre), KpiCatalogue.PerContactType.Select(k => k.Kpi));
    }

    [Fact]
    public void Only_occupancy_and_volumes_have_no_better_direction()
    {
        Assert.Equal(
            [Kpi.Occupancy, Kpi.Offered, Kpi.Answered, Kpi.Abandoned, Kpi.Contained],
            KpiCatalogue.All.Where(k => k.Preference == Preference.None).Select(k => k.Kpi));
        Assert.Equal(
            [Kpi.ServiceLevel, Kpi.VoiceServiceLevel, Kpi.ChatServiceLevel, Kpi.EmailServiceLevel, Kpi.FirstContactResolution, Kpi.ContainmentRate],
            KpiCatalogue.All.Where(k => k.Preference == Preference.Higher).Select(k => k.Kpi));
    }

    [Fact]
    public void Each_kpi_is_computed_as_its_published_definition_says()
    {
        var contacts = new ContactTally
        {
            Offered = 200, Answered = 170, AnsweredWithinThreshold = 150, Abandoned = 20, AbandonedWithinShortLimit = 8, UnansweredAtClose = 10,
            AnsweredWaitSeconds = 170 * 12.5, HandleSeconds = 170 * 300, BotSessions = 50, Contained = 15,
            FirstContactsHandled = 160, FirstContactsResolved = 120, Resolved = 160, Customers = 180, CustomersAtRisk = 9,
        };
        var time = new TimeTally { Seconds = 3_600, QueueSeconds = 3_600 * 2.5, MaxQueue = 11, BusyAgentSeconds = 7_200 * 0.8, AvailableAgentSeconds = 7_200 };
        double[] costs = [1_000, 0, 0, 0, 85, 0, 0];

        var values = KpiCalculator.Compute(contacts, time, costs, ServiceLevelDefinition.Offered);

        Assert.Equal(150.0 / 200, values[Kpi.ServiceLevel], 12);
        Assert.Equal(20.0 / 200, values[Kpi.AbandonmentRate], 12);
        Assert.Equal(12.5, values[Kpi.AverageSpeedOfAnswerSeconds], 12);
        Assert.Equal(300, values[Kpi.AverageHandleTimeSeconds], 12);
        Assert.Equal(0.8, values[Kpi.Occupancy], 12);
        Assert.Equal(120.0 / 160, values[Kpi.FirstContactResolution], 12);
        Assert.Equal(9.0 / 180, values[Kpi.CustomersAtRisk], 12);
        Assert.Equal(15.0 / 50, values[Kpi.ContainmentRate], 12);
        Assert.Equal(200, values[Kpi.Offered]);
        Assert.Equal(170, values[Kpi.Answered]);
        Assert.Equal(20, values[Kpi.Abandoned]);
        Assert.Equal(15, values[Kpi.Contained]);
        Assert.Equal(1_085.0 / (170 + 15), values[Kpi.CostPerContact], 12); // handled by agents or bots
        Assert.Equal(1_085.0 / 160, values[Kpi.CostPerResolvedContact], 12);
        Assert.Equal(1_085, values[Kpi.TotalCost], 12);
        Assert.Equal(2.5, values[Kpi.MeanQueueLength], 12);
        Assert.Equal(11, values[Kpi.MaxQueueLength]);
        Assert.Equal(10, values[Kpi.UnansweredAtClose]);
    }

    [Fact]
    public void Headline_service_level_and_asa_are_reported_per_channel_and_the_overall_counts_each_contact_against_its_own_target()
    {
        // Voice: 100 offered, 80 answered within 20 s, ASA 15 s; email: 50 offered, all answered within 4 h, ASA 1 h.
        var voice = new ContactTally { Offered = 100, Answered = 90, AnsweredWithinThreshold = 80, Abandoned = 10, AnsweredWaitSeconds = 90 * 15 };
        var email = new ContactTally { Offered = 50, Answered = 50, AnsweredWithinThreshold = 50, AnsweredWaitSeconds = 50 * 3_600 };
        var channels = new ChannelTallies();
        channels.Add(Simulator.Core.Scenarios.Channel.Voice, voice);
        channels.Add(Simulator.Core.Scenarios.Channel.Email, email);
        var all = new ContactTally();
        all.Add(voice);
        all.Add(email);

        var values = KpiCalculator.Compute(all, channels, new TimeTally(), [], ServiceLevelDefinition.Offered);

        Assert.Equal(0.8, values[Kpi.VoiceServiceLevel], 12);
        Assert.Equal(1, values[Kpi.EmailServiceLevel], 12);
        Assert.True(double.IsNaN(values[Kpi.ChatServiceLevel]));
        Assert.Equal(15, values[Kpi.VoiceAverageSpeedOfAnswerSeconds], 12);
        Assert.Equal(3_600, values[Kpi.EmailAverageSpeedOfAnswerSeconds], 12);
        Assert.Equal(130.0 / 150, values[Kpi.ServiceLevel], 12); // each contact against its own type's target / offered
        Assert.Contains("own target", KpiCatalogue.Of(Kpi.ServiceLevel).Label);
        Assert.Contains("all channels", KpiCatalogue.Of(Kpi.AverageSpeedOfAnswerSeconds).Label);
    }

    [Theory]
    [InlineData(ServiceLevelDefinition.Offered, 150.0 / 200)]
    [InlineData(ServiceLevelDefinition.Answered, 150.0 / 170)]
    [InlineData(ServiceLevelDefinition.ExcludeShortAbandons, 150.0 / (200 - 8))]
    public void Service_level_counts_against_the_contacts_its_definition_names(ServiceLevelDefinition definition, double expected)
    {
        var contacts = new ContactTally { Offered = 200, Answered = 170, AnsweredWithinThreshold = 150, Abandoned = 20, AbandonedWithinShortLimit = 8 };

        Assert.Equal(expected, KpiCalculator.Compute(contacts, new TimeTally(), [], definition)[Kpi.ServiceLevel], 12);
    }

    [Fact]
    public void A_kpi_of_nothing_is_undefined_and_costs_of_a_single_contact_type_are_too()
    {
        var values = KpiCalculator.Compute(new ContactTally(), new TimeTally(), [], ServiceLevelDefinition.Offered);

        Assert.All(KpiCatalogue.All.Where(k => k.Unit is not KpiUnit.Count), k => Assert.True(double.IsNaN(values[k.Kpi]), k.Name));
        Assert.Equal(0, values[Kpi.Offered]);
        Assert.True(double.IsNaN(values[Kpi.MaxQueueLength])); // no time observed: no queue to speak of
    }

    [Fact]
    public void Values_by_kpi_need_one_value_per_kpi()
    {
        var error = Assert.Throws<ArgumentException>(() => new PerKpi<double>(new double[KpiCatalogue.All.Count - 1]));

        Assert.Contains("one per KPI", error.Message);
        Assert.Throws<ArgumentException>(() => new PerCostComponent<double>(new double[CostCatalogue.All.Count + 1]));
    }
}
