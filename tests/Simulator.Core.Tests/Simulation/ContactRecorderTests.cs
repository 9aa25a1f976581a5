using Simulator.Core.History;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

/// <summary>A replication written down contact by contact holds exactly what its tallies count.</summary>
public class ContactRecorderTests
{
    [Theory]
    [InlineData("bank-chatbot.yaml")]
    [InlineData("retail-bank-weekday.yaml")]
    public void The_log_of_a_replication_counts_what_its_tallies_count_interval_by_interval(string file)
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario(file));
        scenario = scenario with { Replications = 2, Horizon = scenario.Horizon with { Warmup = TimeSpan.FromMinutes(45) } };
        var model = CentreModel.Compile(scenario);
        var tallies = new Replication(model, 1).Run();

        var records = ContactRecorder.Record(model, 1);

        double interval = scenario.Horizon.Interval.TotalSeconds;
        for (int i = 0; i < tallies.Intervals; i++)
        {
            for (int t = 0; t < tallies.ContactTypes; t++)
            {
                var tally = tallies.ContactsAt(i, t);
                var here = records.Where(r => r.ContactType == t && r.Outcome != ContactOutcome.Contained && (int)Math.Floor(r.ArrivalSeconds / interval) == i)
                    .ToList();
                Assert.Equal(tally.Offered, here.Count);
                Assert.Equal(tally.Answered, here.Count(r => r.Outcome == ContactOutcome.Answered));
                Assert.Equal(tally.Abandoned, here.Count(r => r.Outcome == ContactOutcome.Abandoned));
                Assert.Equal(tally.UnansweredAtClose, here.Count(r => r.Outcome == ContactOutcome.Unanswered));
                Assert.Equal(tally.AnsweredWaitSeconds, here.Where(r => r.Outcome == ContactOutcome.Answered).Sum(r => r.WaitSeconds), 6);
                Assert.Equal(tally.HandleSeconds, here.Where(r => r.Outcome == ContactOutcome.Answered).Sum(r => r.HandleSeconds), 6);
            }
        }
        Assert.All(records, r => Assert.True(r.ArrivalSeconds >= 45 * 60));
        Assert.All(records.Where(r => r.Outcome == ContactOutcome.Answered), r => Assert.True(r.Agent >= 0 && r.Group >= 0));
    }

    [Fact]
    public void Redials_carry_their_attempt_number_and_the_customer_of_the_first_contact()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("bank-chatbot.yaml"));

        var records = ContactRecorder.Record(CentreModel.Compile(scenario), 0);

        var customers = records.GroupBy(r => r.Customer).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(customers);
        Assert.All(customers, contacts =>
        {
            var byArrival = contacts.OrderBy(r => r.ArrivalSeconds).Select(r => r.Attempt).ToList();
            Assert.Equal(byArrival.Order(), byArrival);
            Assert.Equal(byArrival.Count, byArrival.Distinct().Count());
        });
    }
}
