using Orleans.Concurrency;
using Simulator.Core.Analytics;

namespace Simulator.Grains.Staffing;

/// <summary>Runs the Core Erlang calculator; a stateless worker, so calls spread over local activations.</summary>
[StatelessWorker]
public sealed class StaffingGrain : Grain, IStaffingGrain
{
    public Task<IntervalStaffing> RecommendAsync(IntervalStaffingRequest request)
    {
        var (model, goal) = Build(request);
        return Task.FromResult(Describe(StaffingCalculator.Recommend(model, goal, request.Shrinkage)));
    }

    public Task<IntervalStaffing> AssessAsync(IntervalStaffingRequest request, int agents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        var (model, goal) = Build(request);
        return Task.FromResult(Describe(StaffingCalculator.Assess(model, agents, goal, request.Shrinkage)));
    }

    private static (IQueueModel Model, ServiceLevelGoal Goal) Build(IntervalStaffingRequest request)
    {
        var workload = new IntervalWorkload(request.Volume, request.IntervalLength, request.AverageHandleTime, request.AveragePatience);
        var definition = Enum.Parse<ServiceLevelDefinition>(request.Definition, ignoreCase: true);
        var goal = new ServiceLevelGoal(request.Target, request.AnswerWithin, definition, request.MaxOccupancy);
        var kind = request.AveragePatience is null ? QueueModelKind.ErlangC : QueueModelKind.ErlangA;
        return (StaffingCalculator.CreateModel(kind, workload), goal);
    }

    private static IntervalStaffing Describe(StaffingRecommendation recommendation)
    {
        var p = recommendation.Performance;
        return new IntervalStaffing(
            p.Model == QueueModelKind.ErlangA ? "erlangA" : "erlangC",
            recommendation.RequiredAgents,
            recommendation.ScheduledAgents,
            p.ServiceLevel,
            p.ProbabilityOfWaiting,
            p.AverageSpeedOfAnswerSeconds,
            p.Occupancy,
            p.AbandonmentRate);
    }
}
