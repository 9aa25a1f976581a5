namespace Simulator.Core.Analytics;

/// <summary>How answered and abandoned contacts enter the service-level ratio (shared/DESIGN.md, KPI definitions).</summary>
public enum ServiceLevelDefinition
{
    /// <summary>Answered within the threshold / offered; abandoned contacts count as misses.</summary>
    Offered,

    /// <summary>Answered within the threshold / answered.</summary>
    Answered,

    /// <summary>Answered within the threshold / (offered − contacts abandoned within the short-abandon limit).</summary>
    ExcludeShortAbandons,
}
