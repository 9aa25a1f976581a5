using System.Globalization;

namespace Simulator.Tests.Shared;

/// <summary>The scheduling scenario the tests of every project share: one group, two shift templates, small enough to solve and simulate in a moment.</summary>
internal static class ScheduleScenarios
{
    /// <summary>
    /// 08:00–14:00 in half hours: a 6-hour shift from 08:00 with a 30-minute unpaid lunch 2.5–3.5 h in, and 3-hour shifts starting 09:00–11:00
    /// at a higher rate; calls of 180 s and, where given, exponential patience.
    /// </summary>
    public static string Small(int days = 1, int seed = 3, int replications = 3, int? patienceSeconds = 120) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
        name: Small schedule
        seed: {{seed}}
        replications: {{replications}}
        horizon: { start: "08:00", end: "14:00", interval: 30m, days: {{days}} }
        serviceLevel: { target: 0.8, answerWithin: 20s }
        contactTypes:
          - id: calls
            arrivals: { volumes: [20, 30, 40, 50, 50, 45, 40, 40, 35, 30, 25, 20] }
            handleTime: { distribution: exponential, mean: 180s }
        {{(patienceSeconds is int patience ? $"    patience: {{ distribution: exponential, mean: {patience}s }}" : "")}}
        agentGroups:
          - id: team
            agents: 5
            costPerHour: 20
            skills: [calls]
            shiftTemplates:
              - { id: long, starts: ["08:00"], length: 6h, breaks: [{ length: 30m, paid: false, from: 2.5h, to: 3.5h }] }
              - { id: short, starts: { from: "09:00", to: "11:00", every: 30m }, length: 3h, costPerHour: 24 }
        """);
}
