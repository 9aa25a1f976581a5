namespace Simulator.Grains.Live;

[GenerateSerializer, Immutable, Alias("ccsim.AgentView")]
public sealed record AgentView(
    [property: Id(0)] string Group,
    [property: Id(1)] AgentActivity Activity,
    [property: Id(2)] double Since,
    [property: Id(3)] string? ContactType,
    [property: Id(4)] long Customer,
    [property: Id(5)] long Handled,
    [property: Id(6)] IReadOnlyList<SkillView> Skills);
