using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simulator.Core.Scenarios;

/// <summary>
/// An immutable text-keyed dictionary that equals another with the same entries, in whatever order
/// they were added, so a record holding one compares by content.
/// </summary>
[JsonConverter(typeof(ValueDictionaryJsonConverter))]
public sealed class ValueDictionary<TValue> : IReadOnlyDictionary<string, TValue>, IEquatable<ValueDictionary<TValue>>, IValueDictionary
{
    private readonly Dictionary<string, TValue> _entries;

    private ValueDictionary(Dictionary<string, TValue> entries) => _entries = entries;

    public static ValueDictionary<TValue> Empty { get; } = new(new Dictionary<string, TValue>(StringComparer.Ordinal));

    public static ValueDictionary<TValue> From(IEnumerable<KeyValuePair<string, TValue>> entries) =>
        new(new Dictionary<string, TValue>(entries, StringComparer.Ordinal));

    public TValue this[string key] => _entries[key];

    public IEnumerable<string> Keys => _entries.Keys;

    public IEnumerable<TValue> Values => _entries.Values;

    public int Count => _entries.Count;

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueDictionary<TValue>? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Count == other.Count
                && _entries.All(e => other._entries.TryGetValue(e.Key, out var value) && EqualityComparer<TValue>.Default.Equals(e.Value, value))));

    public override bool Equals(object? obj) => Equals(obj as ValueDictionary<TValue>);

    /// <summary>Independent of the order entries were added in, as equality is.</summary>
    public override int GetHashCode() => _entries.Aggregate(Count, (hash, e) => hash ^ HashCode.Combine(e.Key, e.Value));

    public static bool operator ==(ValueDictionary<TValue>? left, ValueDictionary<TValue>? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(ValueDictionary<TValue>? left, ValueDictionary<TValue>? right) => !(left == right);

    /// <summary>A copy, so that a later change to the dictionary does not reach the model.</summary>
    [return: NotNullIfNotNull(nameof(entries))]
    public static implicit operator ValueDictionary<TValue>?(Dictionary<string, TValue>? entries) => entries is null ? null : From(entries);

    IEnumerable<KeyValuePair<string, object?>> IValueDictionary.Entries => _entries.Select(e => new KeyValuePair<string, object?>(e.Key, e.Value));

    public override string ToString() => $"{{{string.Join(", ", _entries.Select(e => $"{e.Key}: {e.Value}"))}}}";
}

/// <summary>A value dictionary's entries whatever the type of its values, for code that walks the model (<see cref="ScenarioWriter"/>).</summary>
internal interface IValueDictionary
{
    IEnumerable<KeyValuePair<string, object?>> Entries { get; }
}

/// <summary>A value dictionary in JSON is an object with its keys in ordinal order, so equal dictionaries write the same text.</summary>
internal sealed class ValueDictionaryJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueDictionary<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert.GetGenericArguments()))!;

    private sealed class Converter<TValue> : JsonConverter<ValueDictionary<TValue>>
    {
        public override ValueDictionary<TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ValueDictionary<TValue>.From(JsonSerializer.Deserialize<Dictionary<string, TValue>>(ref reader, options)
                ?? throw new JsonException("Expected an object, but found null."));

        public override void Write(Utf8JsonWriter writer, ValueDictionary<TValue> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, item) in value.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, item, options);
            }
            writer.WriteEndObject();
        }
    }
}
