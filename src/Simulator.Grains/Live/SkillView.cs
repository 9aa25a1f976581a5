namespace Simulator.Grains.Live;

/// <summary>A skill of an agent: the contact type and its handle-time factor (proficiency; 1 is standard).</summary>
[GenerateSerializer, Immutable, Alias("ccsim.SkillView")]
public sealed record SkillView([property: Id(0)] string ContactType, [property: Id(1)] double HandleTimeFactor);
