namespace Simulator.Core.Tests.Scenarios;

/// <summary>Small valid scenarios for loader and writer tests.</summary>
internal static class ScenarioText
{
    public const string Valid = """
        name: Test centre
        seed: 7
        replications: 5
        horizon: { start: "09:00", end: "11:00", interval: 30m, days: 1 }
        serviceLevel: { target: 0.80, answerWithin: 20s }
        contactTypes:
          - id: general
            channel: voice
            arrivals: { volumes: [100, 120, 140, 90] }
            handleTime: { distribution: exponential, mean: 180s }
            patience: { distribution: exponential, mean: 300s }
          - id: sales
            arrivals: { rate: 0.01/s }
            handleTime: { distribution: lognormal, mean: 4m, cv: 0.8 }
        agentGroups:
          - id: team
            agents: 20
            shrinkage: 0.30
            costPerHour: 25
            skills: [general, sales]
        """;

    /// <summary>
    /// Every policy key, each away from its default. frontLine's shifts give, per hour from 08:00:
    /// 20, 20, 15 (a 15-minute break), 20, 20 (half the early shift at lunch, the late shift in), 30, 30, 30, 10, 10, 10, 10.
    /// </summary>
    public const string EveryNewKey = """
        name: Every new key
        seed: 3
        replications: 4
        horizon: { start: "08:00", end: "20:00", interval: 1h, days: 5 }
        serviceLevel: { target: 0.80, answerWithin: 20s }
        customers: { poorWaitLimit: 90s }
        routing: { agents: mostProficient, contacts: priority }
        costs: { telephonyPerMinute: 0.02, fixedPerDay: 1500 }
        currency: EUR
        contactTypes:
          - id: general
            channel: voice
            arrivals: { rate: 120/h }
            handleTime: { distribution: lognormal, mean: 5m, cv: 0.8 }
            patience: { distribution: exponential, mean: 3m }
            priority: 2
            answerWithin: 30s
            poorWaitLimit: 3m
            resolution: { rate: 0.8, repeatAfter: { distribution: gamma, mean: 2d, cv: 0.5 } }
            redial: { share: 0.3, after: 10m }
            overflow: { to: [backOffice], after: 60s }
            automation:
              containment: 0.3
              abandonment: 0.05
              botTime: { distribution: lognormal, mean: 90s, cv: 0.5 }
              costPerSession: 0.40
              transferHandleTime: -20s
              transferResolutionChange: 0.05
          - id: chat
            channel: chat
            arrivals: { rate: 30/h }
            handleTime: { mean: 8m }
            patience: { mean: 5m }
            concurrency: { max: 3, slowdown: 0.25 }
          - id: email
            channel: email
            arrivals: { rate: 20/h }
            handleTime: { mean: 6m }
            answerWithin: 4h
            serviceLevelTarget: 0.9
        agentGroups:
          - id: frontLine
            shifts:
              - start: "08:00"
                length: 8h
                agents: 20
                breaks:
                  - { after: 2h, length: 15m }
                  - { after: 4h, length: 30m, paid: false }
              - { start: "12:00", length: 8h, agents: 10 }
            overtime: { after: 8h, costPerHour: 42 }
            shrinkage: 0.3
            costPerHour: 28
            skills: [general, chat, { type: email, handleTimeFactor: 1.3, resolutionChange: -0.05 }]
            tenureMonths: 1.5
            learningCurve: { newHireFactor: 1.6, monthsToProficiency: 3 }
          - id: backOffice
            agents: 5
            shrinkage: [0.1, 0.1, 0.2, 0.2, 0.15, 0.15, 0.1, 0.1, 0, 0, 0.05, 0.05]
            costPerHour: 25
            skills: [email]
        training:
          - id: coaching
            group: frontLine
            day: 3
            days: 2
            hoursPerAgent: 6
            feePerAgent: 150
            trainees: 12
            handleTimeFactor: 0.9
            resolutionChange: 0.05
            rampDays: 10
            decayHalfLife: 90d
        """;

    /// <summary>The keys <see cref="EveryNewKey"/> leaves at their defaults, each away from it: with it, every key of the model is exercised.</summary>
    public const string EveryOtherKey = """
        name: Every other key
        horizon: { start: "00:00", end: "24:00", interval: 15m, days: 2, warmup: 2h }
        serviceLevel: { target: 0.9, answerWithin: 30s, definition: excludeShortAbandons, shortAbandonLimit: 10s }
        contactTypes:
          - id: calls
            arrivals: { rate: 100/h }
            handleTime: { distribution: empirical, values: [2m, 4m, 5.5m] }
            wrapUp: { distribution: gamma, mean: 20s, cv: 0.3 }
            patience: { distribution: constant, mean: 90s }
        agentGroups:
          - { id: all, agents: 12, skills: [calls] }
          - id: scheduled
            skills: [calls]
            shifts:
              - { start: "06:00", length: 8h, agents: 3, days: [2], costPerHour: 31 }
            shiftTemplates:
              - id: day
                starts: ["06:00", "07:00"]
                length: 8h
                costPerHour: 29
                breaks: [{ length: 15m, from: 1h }, { length: 30m, paid: false, from: 3h, to: 4h, every: 30m }]
            rosterRules: { daysPerWeek: 4, minConsecutiveDaysOff: 2, maxConsecutiveDays: 3, minRest: 12h }
            staff:
              - { name: Ann, contractHours: 20h, minHours: 8h }
              - { count: 4, contractHours: 36h }
        """;
}
