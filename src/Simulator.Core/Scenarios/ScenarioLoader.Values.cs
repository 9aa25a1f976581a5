using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>
/// The kinds of value a key can hold, as readers for <see cref="MappingReader"/>: one line per key
/// reads <c>map.Required("key", Kind(...))</c>.
/// </summary>
public static partial class ScenarioLoader
{
    private sealed partial class Builder
    {
        private Func<YamlNode, string, T?> Mapping<T>(Func<MappingReader, T?> read) where T : class =>
            (node, path) => reader.Mapping(node, path, read);

        private Func<YamlNode, string, double?> Number(double min, double max, string expectation, bool minInclusive = true, bool maxInclusive = true) =>
            (node, path) => reader.Number(node, path, min, max, minInclusive, maxInclusive, expectation);

        /// <summary>
        /// A share of 0 to 1, each end included or not, written as a fraction or a percentage (0.80 or 80%);
        /// <paramref name="example"/> shows the fraction, such as 0.80.
        /// </summary>
        private Func<YamlNode, string, double?> Share(bool zero, bool one, string example) =>
            (node, path) => reader.Share(node, path, zero, one, example);

        private Func<YamlNode, string, int?> WholeNumber(int min, int max = int.MaxValue) =>
            (node, path) => (int?)reader.Integer(node, path, min, max);

        private Func<YamlNode, string, TimeSpan?> Duration(bool positive) =>
            (node, path) => reader.Duration(node, path, positive);

        /// <summary>An ISO 4217 currency code: three capital letters, such as EUR.</summary>
        private string? CurrencyCode(YamlNode node, string path)
        {
            string? text = reader.String(node, path);
            if (text is null) return null;
            if (text.Length == 3 && text.All(char.IsAsciiLetterUpper)) return text;
            reader.Report(node, path, $"expected an ISO 4217 currency code of three capital letters, such as EUR or USD, but found '{text}'");
            return null;
        }

        private Func<YamlNode, string, TEnum?> Choice<TEnum>() where TEnum : struct, Enum => reader.Choice<TEnum>;

        /// <summary>A key that does not belong where it is given: <paramref name="reason"/> is reported at it, and nothing is read.</summary>
        private Func<YamlNode, string, T> Refused<T>(string reason) =>
            (node, path) =>
            {
                reader.Report(node, path, reason);
                return default!;
            };

        /// <summary><paramref name="read"/>, unless <paramref name="refused"/>: then the key is refused with <paramref name="reason"/>.</summary>
        private Func<YamlNode, string, T> RefusedIf<T>(bool refused, string reason, Func<YamlNode, string, T> read) =>
            refused ? Refused<T>(reason) : read;

        /// <summary>A list of items, each read by <paramref name="readItem"/>; null if any item is wrong.</summary>
        /// <param name="allowEmpty">For optional lists whose default is empty, so that a variant can clear one with <c>[]</c>.</param>
        private Func<YamlNode, string, ValueList<T>?> List<T>(string expectation, Func<YamlNode, string, T?> readItem, bool allowEmpty = false)
            where T : class =>
            (node, path) =>
            {
                if (allowEmpty && node is YamlSequenceNode { Children.Count: 0 }) return [];
                var sequence = reader.Sequence(node, path, expectation);
                if (sequence is null) return null;
                var items = new List<T>();
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    if (readItem(sequence.Children[i], $"{path}[{i}]") is T item) items.Add(item);
                }
                return items.Count == sequence.Children.Count ? items.ToValueList() : null;
            };
    }
}
