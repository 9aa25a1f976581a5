using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Simulator.Core.Scenarios;

/// <summary>
/// A scenario as JSON: how it crosses the wire to silos, and what its fingerprint is taken of. The
/// contract is read from the model's records themselves, so every field travels without being listed
/// here: a record's constructor parameters and init properties are written, properties computed from
/// them are not, and a concrete subtype of an abstract model type (an arrival pattern) is named by a
/// <c>kind</c>. Doubles and durations round-trip exactly, so a scenario read back equals the one written.
/// </summary>
/// <remarks>
/// An optional key (an init property) is left out where it holds its default, so adding one to the
/// model leaves the JSON, and the fingerprint, of every scenario that does not use it as they were.
/// A member the receiving side does not know is refused rather than dropped.
/// </remarks>
public static class ScenarioJson
{
    private const string KindProperty = "kind";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ModelContract } },
    };

    private static readonly ConcurrentDictionary<Type, object?> DefaultsByType = new();

    public static string ToJson(Scenario scenario) => JsonSerializer.Serialize(scenario, Options);

    /// <exception cref="JsonException">The text is not a scenario this version writes.</exception>
    public static Scenario FromJson(string json) =>
        JsonSerializer.Deserialize<Scenario>(json, Options) ?? throw new JsonException("Expected a scenario, but found null.");

    /// <summary>
    /// SHA-256 of the scenario's JSON, without the file it was read from: equal scenarios have equal
    /// fingerprints, and any difference in any field gives another. Journals and silo caches key scenarios by it.
    /// </summary>
    public static string Fingerprint(Scenario scenario) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson(scenario with { SourcePath = null }))));

    /// <summary>The keys of a model type as this codec sees them: the properties written, by their camelCase names.</summary>
    internal static IEnumerable<JsonPropertyInfo> Members(Type type) => Options.GetTypeInfo(type).Properties;

    /// <summary>
    /// What a scenario holds where it leaves a key out: a model object read from <c>{}</c>, whose init
    /// properties keep their initializers (constructor parameters read as null or zero).
    /// </summary>
    internal static object? Defaults(Type type) =>
        DefaultsByType.GetOrAdd(type, t => t.IsAbstract ? null : JsonSerializer.Deserialize("{}", t, Options));

    private static void ModelContract(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace != typeof(Scenario).Namespace) return;
        if (info.Type.IsAbstract)
        {
            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = KindProperty,
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            };
            var subtypes = info.Type.Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(info.Type)).OrderBy(t => t.Name, StringComparer.Ordinal);
            foreach (var subtype in subtypes)
            {
                info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(subtype, JsonNamingPolicy.CamelCase.ConvertName(subtype.Name)));
            }
        }

        // Computed properties (AverageHandleTime, Goal, End, …) follow from the others: they are not part of the scenario.
        foreach (var computed in info.Properties.Where(p => p.Set is null && p.AssociatedParameter is null).ToList()) info.Properties.Remove(computed);

        // By name, so the text (and the fingerprint) does not change when members are reordered in the code.
        var byName = info.Properties.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        for (int i = 0; i < byName.Count; i++) byName[i].Order = i;

        foreach (var optional in info.Properties.Where(p => p.AssociatedParameter is null))
        {
            var property = (PropertyInfo)optional.AttributeProvider!;
            var type = info.Type;
            optional.ShouldSerialize = (_, value) => !Equals(value, property.GetValue(Defaults(type)));
        }
    }
}
