namespace Simulator.Grains.Live;

/// <summary>An agent's change as the centre saw it; <see cref="TalkUntil"/> and <see cref="BusyUntil"/> tell talking from wrap-up.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.AgentUpdate")]
public sealed record AgentUpdate(
    [property: Id(0)] double Time,
    [property: Id(1)] string Group,
    [property: Id(2)] AgentActivity Activity,
    [property: Id(3)] double TalkUntil,
    [property: Id(4)] double BusyUntil,
    [property: Id(5)] string? ContactType,
    [property: Id(6)] long Customer,
    [property: Id(7)] long Handled,
    [property: Id(8)] IReadOnlyList<SkillView>? Skills = null);
