using System.Text.Json;
using System.Text.Json.Serialization;
using Simulator.Core.Simulation;

namespace Simulator.Grains.Live;

/// <summary>
/// How Core's <see cref="CentreStatus"/> crosses the wire: as JSON, the way a replication's result does
/// (Core knows nothing of Orleans, so its records carry no serializer attributes, and a JSON codec
/// needs no mirror type to keep in step with them). Doubles round-trip exactly.
/// </summary>
[GenerateSerializer, Alias("ccsim.CentreStatus")]
public struct CentreStatusSurrogate
{
    [Id(0)] public string Json;
}

[RegisterConverter]
public sealed class CentreStatusConverter : IConverter<CentreStatus, CentreStatusSurrogate>
{
    /// <summary>Only what the constructor takes (the agent totals are sums over groups); ∞ and NaN allowed.</summary>
    private static readonly JsonSerializerOptions Options = new()
    {
        IgnoreReadOnlyProperties = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public CentreStatus ConvertFromSurrogate(in CentreStatusSurrogate surrogate) =>
        JsonSerializer.Deserialize<CentreStatus>(surrogate.Json, Options) ?? throw new InvalidOperationException("A centre status arrived damaged.");

    public CentreStatusSurrogate ConvertToSurrogate(in CentreStatus value) => new() { Json = JsonSerializer.Serialize(value, Options) };
}
