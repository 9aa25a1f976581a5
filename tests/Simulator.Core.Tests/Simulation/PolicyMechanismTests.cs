using System.Globalization;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

/// <summary>Each policy mechanism (returns, resolution, chat, bots, tenure, training, overtime) checked against a number it must produce, not just
/// run.</summary>
public class PolicyMechanismTests
{
    private static ExperimentResult Run(Scenario scenario) =>
        ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>One voice type, one group, a 08:00–20:00 day (or round the clock) of 1 h intervals.</summary>
    private static Scenario Centre(double perHour, int agents, string handle = "{ distribution: exponential, mean: 300s }",
        string? patience = "{ distribution: exponential, mean: 120s }", int days = 1, int replications = 10, bool roundTheClock = false)
    {
        string hours = roundTheClock ? "start: \"00:00\", end: \"24:00\"" : "start: \"08:00\", end: \"20:00\"";
        string patienceLine = patience is null ? "" : $"\n    patience: {patience}";
        return ScenarioLoader.Parse($$"""
            name: test centre
            seed: 5
            replications: {{replications}}
            horizon: { {{hours}}, interval: 1h, days: {{days}} }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - id: calls
                arrivals: { rate: {{perHour.ToString(CultureInfo.InvariantCulture)}}/h }
                handleTime: {{handle}}{{patienceLine}}
            agentGroups:
              - { id: agents, agents: {{agents}}, costPerHour: 30, skills: [calls] }
            """, "mechanism.yaml");
    }

    private static Scenario WithType(Scenario scenario, Func<ContactType, ContactType> change) =>
        scenario with { ContactTypes = [change(scenario.ContactTypes[0]), .. scenario.ContactTypes.Skip(1)] };

    private static Scenario WithGroup(Scenario scenario, Func<AgentGroup, AgentGroup> change) =>
        scenario with { AgentGroups = [change(scenario.AgentGroups[0]), .. scenario.AgentGroups.Skip(1)] };

    private static KpiEstimate PerReplication(ExperimentResult result, Func<ContactTally, double> value) =>
        KpiEstimate.From(result.Replications.Select(r => value(Total(r))));

    private static ContactTally Total(ReplicationResult r)
    {
        var total = new ContactTally();
        foreach (var tally in r.Contacts) total.Add(tally);
        return total;
    }

    private static void AssertCovers(KpiEstimate estimate, double expected, double slack = 0)
    {
        Assert.True(estimate.CiLow - slack <= expected && expected <= estimate.CiHigh + slack,
            $"expected {expected} within [{estimate.CiLow}, {estimate.CiHigh}] (± {slack}), mean {estimate.Mean}");
    }

    private static readonly DurationDistribution NinetySeconds = new(DistributionFamily.Constant, TimeSpan.FromSeconds(90));

    [Fact]
    public void A_bot_with_containment_c_cuts_contacts_offered_to_agents_by_c()
    {
        var baseline = Centre(perHour: 200, agents: 20);
        var withBot = WithType(baseline, t => t with { Automation = new AutomationPolicy(0.3, 0, NinetySeconds, 0.5, TimeSpan.Zero, 0) });

        var before = Run(baseline);
        var after = Run(withBot);

        // Same customers (common random numbers), so the paired ratio of offered contacts estimates 1 − c.
        var ratio = KpiEstimate.From(after.Replications.Zip(before.Replications, (a, b) => (double)Total(a).Offered / Total(b).Offered));
        AssertCovers(ratio, 0.7);
        AssertCovers(OverallByReplication(after).Select(v => v[Kpi.ContainmentRate]) is var rates ? KpiEstimate.From(rates) : default, 0.3);
        Assert.Equal(before.Replications.Sum(r => r.Arrivals), after.Replications.Sum(r => Total(r).BotSessions));
        Assert.Equal(after.Replications.Sum(r => Total(r).BotSessions) * 0.5,
            after.CostBreakdown[CostComponent.Automation].Mean!.Value * after.Replications.Count, 6);
    }

    [Fact]
    public void A_bot_with_high_containment_lowers_cost_per_contact()
    {
        var baseline = Centre(perHour: 200, agents: 20);
        var withBot = WithType(baseline, t => t with { Automation = new AutomationPolicy(0.6, 0.02, NinetySeconds, 0.4, TimeSpan.Zero, 0) });
        withBot = WithGroup(withBot, g => g with { Agents = StaffingLevels.Constant(10) });

        var before = Run(baseline);
        var after = Run(withBot);

        Assert.True(after.Overall[Kpi.CostPerContact].Mean < before.Overall[Kpi.CostPerContact].Mean * 0.7,
            $"cost per contact {after.Overall[Kpi.CostPerContact].Mean} with the bot vs {before.Overall[Kpi.CostPerContact].Mean}");
        Assert.True(after.Overall[Kpi.ServiceLevel].Mean > 0.8);
    }

    [Fact]
    public void Bot_transfers_add_their_handle_time_change_to_agents_handle_time()
    {
        var constant = Centre(perHour: 100, agents: 30, handle: "{ distribution: constant, mean: 300s }", patience: null);
        var withBot = WithType(constant, t => t with { Automation = new AutomationPolicy(0.2, 0, NinetySeconds, 0, TimeSpan.FromSeconds(-45), 0) });

        var result = Run(withBot);

        Assert.Equal(255, result.Overall[Kpi.AverageHandleTimeSeconds].Mean!.Value, 9);
    }

    [Fact]
    public void Training_with_factor_f_lowers_handle_time_by_f_after_the_ramp_and_pays_back()
    {
        var centre = Centre(perHour: 100, agents: 20, handle: "{ distribution: constant, mean: 300s }", patience: null, days: 14, replications: 3);
        var trained = centre with
        {
            Training = [new TrainingProgramme("coaching", "agents", Day: 2, Days: 1, HoursPerAgent: 4, FeePerAgent: 100, Trainees: null,
                HandleTimeFactor: 0.8, ResolutionChange: 0, RampDays: 3, DecayHalfLife: null)],
        };

        var result = Run(trained);

        double Aht(int day) => result.Days[day - 1][Kpi.AverageHandleTimeSeconds].Mean!.Value;
        Assert.Equal(300, Aht(1), 9);
        Assert.Equal(300, Aht(2), 9);                 // training day: no effect yet
        Assert.Equal(300 * (1 - 0.2 / 3), Aht(3), 9); // first day after: a third of the ramp
        Assert.Equal(240, Aht(6), 9);                 // ramp over
        Assert.Equal(240, Aht(10), 9);

        var payback = Assert.Single(result.Training);
        Assert.Equal(20 * (4 * 30 + 100), payback.Cost, 9);
        Assert.Equal(20 * 100, result.CostBreakdown[CostComponent.TrainingFees].Mean!.Value, 9);
        Assert.Equal(20 * 4 * 30, result.CostBreakdown[CostComponent.TrainingHours].Mean!.Value, 6);
        // Savings: 60 s of agent time per contact at full effect × ~1,200 contacts a day at 30/h ≈ 600 a day (a third and two
        // thirds of that on the ramp's first days, 3 and 4) against a 4,400 cost: cumulative ≈ 4,200 by day 10, 4,800 by day 11.
        Assert.Equal(3, payback.PaidBackIn);
        Assert.InRange(payback.BreakEvenDay.Mean!.Value, 10, 12);
    }

    [Fact]
    public void Training_takes_capacity_off_the_phones_on_its_day()
    {
        var centre = Centre(perHour: 100, agents: 20, handle: "{ distribution: constant, mean: 300s }", patience: null, days: 2, replications: 1);
        var trained = centre with
        {
            Training = [new TrainingProgramme("course", "agents", Day: 2, Days: 1, HoursPerAgent: 6, FeePerAgent: 0, Trainees: null, 1, 0, 0, null)],
        };

        var result = Run(trained).Replications[0];

        double Available(int day) => Enumerable.Range(day * 12, 12).Sum(i => result.CentreTimeAt(i).AvailableAgentSeconds) / (12 * 3_600);
        Assert.Equal(20, Available(0), 9);
        Assert.Equal(10, Available(1), 9); // 6 of 12 open hours for each of 20 agents: half the day's capacity
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_learning_curve_sets_handle_time_by_tenure(double tenureMonths)
    {
        var centre = Centre(perHour: 60, agents: 30, handle: "{ distribution: constant, mean: 300s }", patience: null, days: 61, replications: 1);
        var curve = new LearningCurve(1.6, 4);
        var scenario = WithGroup(centre, g => g with { TenureMonths = tenureMonths, LearningCurve = curve });

        var result = Run(scenario);

        foreach (int day in new[] { 1, 31, 61 })
        {
            double months = tenureMonths + (day - 1) / LearningCurve.DaysPerMonth;
            double expected = 300 * (1 + 0.6 * Math.Exp(-3 * months / 4));
            Assert.Equal(expected, result.Days[day - 1][Kpi.AverageHandleTimeSeconds].Mean!.Value, 9);
        }
    }

    [Fact]
    public void A_chat_agent_with_concurrency_k_serves_about_k_times_a_voice_agent()
    {
        var voice = Centre(perHour: 200, agents: 2, handle: "{ distribution: constant, mean: 300s }", patience: "{ distribution: constant, mean: 30s }",
            replications: 4);
        var chat = WithType(voice, t => t with { Channel = Channel.Chat, Concurrency = new ChatConcurrency(3, 0) });

        double voiceAnswered = Run(voice).Overall[Kpi.Answered].Mean!.Value;
        double chatAnswered = Run(chat).Overall[Kpi.Answered].Mean!.Value;

        // Overloaded, each agent always busy: 12 h × 12 contacts an hour × 2 agents for voice, three times that for chat.
        Assert.Equal(288, voiceAnswered, 2.0);
        Assert.Equal(3, chatAnswered / voiceAnswered, 0.05); // a freed chat slot sometimes finds the queue empty
    }

    [Fact]
    public void Chat_handle_time_stretches_with_the_chats_held()
    {
        var chat = WithType(Centre(perHour: 400, agents: 2, handle: "{ distribution: constant, mean: 300s }", patience: "{ distribution: constant, mean: 30s }",
            replications: 2),
            t => t with { Channel = Channel.Chat, Concurrency = new ChatConcurrency(2, 0.5) });

        var result = Run(chat);

        // Saturated: nearly every chat starts beside another, so handle time tends to 300 × 1.5.
        Assert.InRange(result.Overall[Kpi.AverageHandleTimeSeconds].Mean!.Value, 430, 450);
    }

    [Fact]
    public void Redials_raise_offered_volume_as_the_geometric_series_predicts()
    {
        // Nobody answers, everyone hangs up after 10 s, and a share r tries again a minute later: each customer makes 1/(1 − r) contacts.
        var centre = Centre(perHour: 300, agents: 0, patience: "{ distribution: constant, mean: 10s }", roundTheClock: true, replications: 5);
        var redialling = WithType(centre, t => t with
        {
            Redial = new RedialPolicy(0.4, new DurationDistribution(DistributionFamily.Constant,
            TimeSpan.FromMinutes(1)))
        });

        var without = Run(centre);
        var with = Run(redialling);

        var ratio = KpiEstimate.From(with.Replications.Zip(without.Replications, (a, b) => (double)Total(a).Offered / Total(b).Offered));
        AssertCovers(ratio, 1 / (1 - 0.4), slack: 0.01);
        AssertCovers(PerReplication(with, t => (double)t.Redials / t.Abandoned), 0.4, slack: 0.005);
    }

    [Fact]
    public void First_contact_resolution_follows_the_rate_and_unresolved_customers_come_back()
    {
        var centre = Centre(perHour: 100, agents: 20, roundTheClock: true, days: 3);
        var scenario = WithType(centre, t => t with { Resolution = new ResolutionPolicy(0.7, DurationDistribution.Exponential(TimeSpan.FromHours(4))) });

        var result = Run(scenario);

        AssertCovers(result.Overall[Kpi.FirstContactResolution], 0.7);
        // Every unresolved answer brings a repeat, unless its delay (exponential, mean m = 4 h) runs past the 72 h horizon:
        // for answers spread evenly over it, P(back in time) = 1 − (m / T)(1 − e^(−T/m)).
        AssertCovers(PerReplication(result, t => (double)t.Repeats / (t.Answered - t.Resolved)), 1 - 4.0 / 72 * (1 - Math.Exp(-18)), slack: 0.01);
        Assert.True(result.Overall[Kpi.CustomersAtRisk].Mean > 0.05);
    }

    [Fact]
    public void Customers_with_two_poor_experiences_are_at_risk()
    {
        // Nothing is ever resolved: without repeats each customer has one poor experience; with them, every customer
        // who can come back within the day does (all but the last ~11 minutes' first contacts), plenty of agents answering at once.
        var centre = Centre(perHour: 60, agents: 200, handle: "{ distribution: constant, mean: 60s }", patience: null, roundTheClock: true, replications: 2);
        var once = WithType(centre, t => t with { Resolution = new ResolutionPolicy(0, null) });
        var twice = WithType(centre, t => t with
        {
            Resolution = new ResolutionPolicy(0, new DurationDistribution(DistributionFamily.Constant,
            TimeSpan.FromMinutes(10)))
        });

        Assert.Equal(0, Run(once).Overall[Kpi.CustomersAtRisk].Mean);
        var result = Run(twice);
        Assert.True(result.Overall[Kpi.CustomersAtRisk].Mean > 0.98, $"at risk {result.Overall[Kpi.CustomersAtRisk].Mean}");
        Assert.Equal(0, result.Overall[Kpi.FirstContactResolution].Mean);
    }

    [Fact]
    public void Email_never_abandons_and_its_backlog_waits_overnight()
    {
        var centre = Centre(perHour: 30, agents: 1, handle: "{ distribution: constant, mean: 180s }", patience: null, days: 2, replications: 2);
        var email = WithType(centre, t => t with { Channel = Channel.Email, AnswerWithin = TimeSpan.FromHours(4) });

        var result = Run(email);

        Assert.Equal(0, result.Overall[Kpi.Abandoned].Mean);
        foreach (var r in result.Replications)
        {
            var total = Total(r);
            Assert.Equal(total.Offered, total.Answered + total.UnansweredAtClose);
            Assert.True(total.UnansweredAtClose > 0, "an overloaded desk leaves a backlog at the horizon's end");
        }
        // 1.5× overload: the backlog of day one is still being answered on day two, long after the 4 h target.
        Assert.True(result.Overall[Kpi.AverageSpeedOfAnswerSeconds].Mean > 4 * 3_600);
    }

    [Fact]
    public void Overflow_lets_a_backup_group_take_contacts_only_after_the_wait()
    {
        var centre = Centre(perHour: 30, agents: 0, handle: "{ distribution: constant, mean: 60s }", patience: null);
        var scenario = centre with
        {
            ContactTypes = [centre.ContactTypes[0] with { Overflow = new OverflowPolicy(["backup"], TimeSpan.FromSeconds(45)) }],
            AgentGroups = [centre.AgentGroups[0], new AgentGroup("backup", StaffingLevels.Constant(10), 0, 30, [])],
        };

        var result = Run(scenario);

        Assert.Equal(45, result.Overall[Kpi.AverageSpeedOfAnswerSeconds].Mean!.Value, 6);
        Assert.Equal(0, result.Overall[Kpi.ServiceLevel].Mean);
    }

    [Fact]
    public void Priority_routing_serves_the_higher_priority_type_first()
    {
        var centre = Centre(perHour: 51, agents: 9, patience: null); // 8.5 Erlangs on 9 agents, nobody hangs up: queues form all day
        var other = centre.ContactTypes[0] with { Id = "vip", Priority = 1 };
        var scenario = centre with
        {
            Routing = new RoutingPolicy(AgentSelection.LongestIdle, ContactSelection.Priority),
            ContactTypes = [centre.ContactTypes[0], other],
            AgentGroups = [centre.AgentGroups[0] with { Skills = ["calls", "vip"] }],
        };

        var result = Run(scenario);

        // Non-preemptive priority (Cobham 1954): the low class waits 1/(1 − ρ) ≈ 18 times as long as the high class at ρ = 0.944.
        double Asa(ExperimentResult r, int t) => r.ContactTypes[t][Kpi.AverageSpeedOfAnswerSeconds].Mean!.Value;
        Assert.True(Asa(result, 0) > 8 * Asa(result, 1), $"ASA calls {Asa(result, 0)} s vs vip {Asa(result, 1)} s");
        var fifo = Run(scenario with { Routing = RoutingPolicy.Default });
        Assert.Equal(1, Asa(fifo, 0) / Asa(fifo, 1), 0.15);
    }

    [Fact]
    public void Most_proficient_routing_prefers_the_faster_group_and_proficiency_scales_handle_time()
    {
        var centre = Centre(perHour: 60, agents: 10, handle: "{ distribution: constant, mean: 300s }", patience: null);
        var slow = centre.AgentGroups[0] with { Id = "slow", Proficiency = new Dictionary<string, SkillProficiency> { ["calls"] = new(1.5, 0) } };
        var fast = centre.AgentGroups[0] with { Id = "fast" };
        var scenario = centre with { AgentGroups = [slow, fast], Routing = new RoutingPolicy(AgentSelection.MostProficient, ContactSelection.OldestFirst) };

        var result = Run(scenario);

        // 60 an hour at 300 s needs 5 agents: the fast group of 10 takes nearly all.
        Assert.True(result.GroupOccupancy[1].Mean > 10 * result.GroupOccupancy[0].Mean,
            $"fast {result.GroupOccupancy[1].Mean}, slow {result.GroupOccupancy[0].Mean}");
        var slowOnly = Run(centre with { AgentGroups = [slow] });
        Assert.Equal(450, slowOnly.Overall[Kpi.AverageHandleTimeSeconds].Mean!.Value, 9);
    }

    [Fact]
    public void Shifts_staff_by_the_clock_breaks_take_agents_off_and_pay_follows_paid_hours()
    {
        var centre = Centre(perHour: 0, agents: 0, patience: null, replications: 1); // no contacts: nobody finishes a call before a break
        var shift = new Shift(TimeSpan.FromHours(8), TimeSpan.FromHours(10), 6,
            [new ShiftBreak(TimeSpan.FromHours(2), TimeSpan.FromMinutes(30), Paid: true),
                new ShiftBreak(TimeSpan.FromHours(4), TimeSpan.FromHours(1), Paid: false)]);
        var scenario = WithGroup(centre, g => g with { Shifts = [shift], Overtime = new OvertimePolicy(TimeSpan.FromHours(8), 45) });

        var result = Run(scenario);
        var r = result.Replications[0];

        double AvailableIn(int interval) => r.CentreTimeAt(interval).AvailableAgentSeconds / 3_600;
        Assert.Equal(6, AvailableIn(0), 9);
        Assert.Equal(3, AvailableIn(2), 9);   // 10:00–11:00: a 30-minute break for all six
        Assert.Equal(0, AvailableIn(4), 9);   // 12:00–13:00: the unpaid hour
        Assert.Equal(6, AvailableIn(9), 9);
        Assert.Equal(0, AvailableIn(10), 9);  // the shift ended at 18:00
        // Paid: 9 h (10 less the unpaid hour), of which the 2 h after 8 h into the shift are overtime.
        Assert.Equal(6 * 7 * 30, result.CostBreakdown[CostComponent.AgentHours].Mean!.Value, 9);
        Assert.Equal(6 * 2 * 45, result.CostBreakdown[CostComponent.Overtime].Mean!.Value, 9);
    }

    [Fact]
    public void Telephony_and_fixed_costs_follow_their_rates_and_the_breakdown_adds_up()
    {
        var centre = Centre(perHour: 100, agents: 9, patience: "{ distribution: exponential, mean: 60s }", days: 2, replications: 3);
        var scenario = centre with { Costs = new CostPolicy(TelephonyPerMinute: 0.02, FixedPerDay: 500) };

        var result = Run(scenario);

        Assert.Equal(1000, result.CostBreakdown[CostComponent.Fixed].Mean!.Value, 9);
        foreach (var (r, overall) in result.Replications.Zip(OverallByReplication(result)))
        {
            var total = Total(r);
            double telephony = Enumerable.Range(0, r.Intervals).Sum(i => r.CostAt(i, CostComponent.Telephony));
            Assert.Equal((total.AllWaitSeconds + total.HandleSeconds) / 60 * 0.02, telephony, 6);
            Assert.Equal(r.Costs.Sum(), overall[Kpi.TotalCost], 6);
            Assert.Equal(r.Costs.Sum() / total.Answered, overall[Kpi.CostPerContact], 9);
        }
    }

    [Fact]
    public void With_every_mechanism_on_contacts_and_customers_are_conserved()
    {
        var scenario = EveryMechanism();

        var result = Run(scenario);

        foreach (var r in result.Replications)
        {
            for (int t = 0; t < r.ContactTypes; t++)
            {
                var total = new ContactTally();
                for (int i = 0; i < r.Intervals; i++)
                {
                    var tally = r.ContactsAt(i, t);
                    Assert.Equal(tally.Offered, tally.Answered + tally.Abandoned + tally.UnansweredAtClose);
                    total.Add(tally);
                }
                long contacts = total.BotSessions > 0 ? total.BotSessions : total.Offered; // a contact still in the bot at the end never reached the queue
                long fresh = contacts - total.Redials - total.Repeats;
                Assert.True(total.BotSessions == 0 || total.BotSessions >= total.Contained + total.AbandonedInBot);
                Assert.Equal(fresh, total.Customers); // every customer counted once, when the last contact ends
                Assert.True(total.CustomersAtRisk <= total.Customers);
            }
        }
        Assert.All(KpiCatalogue.All, k => Assert.True(result.Overall[k.Kpi].Mean is not null, $"{k.Name} is undefined"));
    }

    [Fact]
    public void Every_mechanism_together_is_reproducible_from_the_seed()
    {
        var scenario = EveryMechanism();

        var first = Run(scenario).Replications.Select(ReplicationResultCodec.ToJson);
        var again = Run(scenario).Replications.Select(ReplicationResultCodec.ToJson);

        Assert.Equal(first, again);
    }

    /// <summary>Voice with an IVR, redials and repeats; chat with concurrency and a bot; email; shifts, proficiency, overflow, priority, tenure and
    /// training.</summary>
    internal static Scenario EveryMechanism()
    {
        var centre = Centre(perHour: 120, agents: 8, days: 3, replications: 4);
        var voice = centre.ContactTypes[0] with
        {
            Priority = 1,
            Resolution = new ResolutionPolicy(0.8, DurationDistribution.Exponential(TimeSpan.FromHours(6))),
            Redial = new RedialPolicy(0.3, DurationDistribution.Exponential(TimeSpan.FromMinutes(10))),
            Automation = new AutomationPolicy(0.15, 0.05, NinetySeconds, 0.3, TimeSpan.FromSeconds(-20), 0.02),
            Overflow = new OverflowPolicy(["digital"], TimeSpan.FromSeconds(60)),
        };
        var chat = voice with
        {
            Id = "chat",
            Channel = Channel.Chat,
            Priority = 0,
            Overflow = null,
            Concurrency = new ChatConcurrency(3, 0.2),
            Automation = new AutomationPolicy(0.3, 0.05, NinetySeconds, 0.3, TimeSpan.Zero, 0),
        };
        var email = centre.ContactTypes[0] with
        {
            Id = "email",
            Channel = Channel.Email,
            Patience = null,
            AnswerWithin = TimeSpan.FromHours(4),
            Resolution = new ResolutionPolicy(0.9, DurationDistribution.Exponential(TimeSpan.FromDays(1))),
        };
        var phones = centre.AgentGroups[0] with
        {
            Id = "phones",
            Skills = ["calls"],
            TenureMonths = 1,
            Shifts = [new Shift(TimeSpan.FromHours(8), TimeSpan.FromHours(8), 6, [new ShiftBreak(TimeSpan.FromHours(4), TimeSpan.FromMinutes(30), false)]),
                      new Shift(TimeSpan.FromHours(12), TimeSpan.FromHours(8), 6, [new ShiftBreak(TimeSpan.FromHours(3), TimeSpan.FromMinutes(15), true)])],
            Overtime = new OvertimePolicy(TimeSpan.FromHours(7), 45),
        };
        var digital = centre.AgentGroups[0] with
        {
            Id = "digital",
            Skills = ["chat", "email"],
            Agents = StaffingLevels.Constant(5),
            Proficiency = new Dictionary<string, SkillProficiency> { ["email"] = new(1.2, -0.05) },
        };
        return centre with
        {
            Routing = new RoutingPolicy(AgentSelection.MostProficient, ContactSelection.Priority),
            Costs = new CostPolicy(0.02, 300),
            Customers = new CustomerPolicy(TimeSpan.FromMinutes(1)),
            ContactTypes = [voice, chat, email],
            AgentGroups = [phones, digital],
            Training = [new TrainingProgramme("refresh", "phones", 2, 1, 2, 50, 6, 0.9, 0.05, 1, TimeSpan.FromDays(30))],
        };
    }

    /// <summary>Each kept replication's overall KPIs, folded one at a time as the experiment folded them.</summary>
    private static List<PerKpi<double>> OverallByReplication(ExperimentResult result)
    {
        var accumulator = new ExperimentAccumulator(result.Scenario);
        return [.. result.Replications.Select(r => accumulator.Add(r).Overall)];
    }
}
