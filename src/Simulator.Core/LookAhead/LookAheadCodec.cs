using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simulator.Core.LookAhead;

/// <summary>
/// Look-ahead requests and results as JSON: how they cross the wire between silos and how <c>live</c> writes one look-ahead per line. Keys
/// are camelCase, KPIs by their catalogue names, times of day as hh:mm:ss, enums as camelCase words; doubles round-trip exactly.
/// </summary>
public static class LookAheadCodec
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string ToJson(LookAheadResult result) => JsonSerializer.Serialize(result, Options);

    public static LookAheadResult ResultFromJson(string json) =>
        JsonSerializer.Deserialize<LookAheadResult>(json, Options) ?? throw new ArgumentException("A look-ahead result arrived empty.");

    public static string ToJson(LookAheadRequest request) => JsonSerializer.Serialize(request, Options);

    public static LookAheadRequest RequestFromJson(string json) =>
        JsonSerializer.Deserialize<LookAheadRequest>(json, Options) ?? throw new ArgumentException("A look-ahead request arrived empty.");
}
