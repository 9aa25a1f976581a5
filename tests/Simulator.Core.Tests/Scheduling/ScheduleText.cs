namespace Simulator.Core.Tests.Scheduling;

/// <summary>Scenario texts with schedule rules, for the loader's and the scheduler's tests.</summary>
internal static class ScheduleText
{
    /// <summary>Two days of 08:00–16:00 in hours, one group with every schedule rule.</summary>
    public const string Rules = """
        name: Schedule rules
        horizon: { start: "08:00", end: "16:00", interval: 1h, days: 2 }
        serviceLevel: { target: 0.8, answerWithin: 20s }
        contactTypes:
          - id: calls
            arrivals: { volumes: [10, 20, 30, 30, 20, 20, 10, 10] }
            handleTime: { distribution: exponential, mean: 180s }
        agentGroups:
          - id: team
            agents: 5
            costPerHour: 20
            skills: [calls]
            overtime: { after: 6h, costPerHour: 30 }
            shiftTemplates:
              - { id: early, starts: ["08:00"], length: 4h, costPerHour: 25 }
              - id: day
                starts: { from: "08:00", to: "10:00", every: 1h }
                length: 6h
                breaks: [{ length: 30m, paid: false, from: 2h, to: 3h, every: 30m }]
            rosterRules: { daysPerWeek: 4, minConsecutiveDaysOff: 2, maxConsecutiveDays: 3, minRest: 12h }
            staff:
              - { name: Ann, contractHours: 20h }
              - { count: 4, contractHours: 36h, minHours: 12h }
        """;
}
