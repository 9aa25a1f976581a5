using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

public class CentreModelTests
{
    [Fact]
    public void One_compiled_model_serves_replications_on_many_threads_with_the_numbers_each_gets_alone()
    {
        var scenario = PolicyMechanismTests.EveryMechanism();
        var alone = Enumerable.Range(0, 8).Select(r => ReplicationResultCodec.ToJson(new Replication(scenario, r).Run())).ToList();

        var model = CentreModel.Compile(scenario);
        var shared = new string[16];
        Parallel.For(0, shared.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
            shared[k] = ReplicationResultCodec.ToJson(new Replication(model, k % 8).Run()));

        Assert.Equal(alone, shared.Take(8));
        Assert.Equal(alone, shared.Skip(8)); // a replication leaves nothing behind in the model for the next
    }

    [Fact]
    public void Asking_a_model_for_a_type_or_group_it_lacks_names_those_it_has()
    {
        var model = CentreModel.Compile(PolicyMechanismTests.EveryMechanism());

        Assert.Equal(1, model.TypeIndex("chat"));
        Assert.Equal(1, model.GroupIndex("digital"));
        Assert.Equal("no contact type 'loans' (types: calls, chat, email)", Assert.Throws<ArgumentException>(() => model.TypeIndex("loans")).Message);
        Assert.Equal("no agent group 'back office' (groups: phones, digital)", Assert.Throws<ArgumentException>(() => model.GroupIndex("back office")).Message);
    }
}
