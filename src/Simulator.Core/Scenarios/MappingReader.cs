using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>
/// One YAML mapping, read key by key: each read names its key once, and the keys read are the keys
/// the mapping allows, so there is no list of keys to keep beside the reads. <see cref="Close"/> then
/// reports every other key with the closest valid one, or, when the node was not a mapping at all,
/// which keys one was expected to hold.
/// </summary>
/// <remarks>
/// A read returns the value, or a placeholder (the type's default) when the key is absent and
/// required, or wrong; either way the problem has been reported and <see cref="Failed"/> is set, so
/// a reader builds its object only when nothing failed, and relates two keys only when both are
/// <see cref="Valid"/>. Once <see cref="Quiet"/> (or when the node is not a mapping) keys are still
/// recorded as known, but neither read nor reported on. A reader therefore reads every key before it
/// returns: a key it never reaches would be reported as unknown.
/// </remarks>
internal sealed class MappingReader
{
    private readonly YamlReader _reader;
    private readonly YamlNode _node;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _known = [];
    private readonly HashSet<string> _wrong = new(StringComparer.Ordinal);
    private readonly int _opened;
    private bool _quiet;

    public MappingReader(YamlReader reader, YamlNode node, string path)
    {
        _reader = reader;
        _node = node;
        _opened = reader.Diagnostics.Count;
        Path = path;
        if (node is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children) _entries[(key as YamlScalarNode)?.Value ?? ""] = (key, value);
        }
        else
        {
            _quiet = true;
            Failed = true;
        }
    }

    public string Path { get; }

    /// <summary>The keys read so far: the keys this mapping allows.</summary>
    public IReadOnlyList<string> Known => _known;

    /// <summary>Something in the mapping was missing or wrong (and has been reported).</summary>
    public bool Failed { get; private set; }

    /// <summary>The key is given with a value (not left out, nor <c>~</c>).</summary>
    public bool Has(string key) => _entries.TryGetValue(key, out var entry) && !YamlReader.IsNull(entry.Value);

    /// <summary>Every one of these keys was read without a problem (present and right, or absent and optional).</summary>
    public bool Valid(params string[] keys) => !_quiet && keys.All(key => _known.Contains(key) && !_wrong.Contains(key));

    /// <summary>The value node of a key, for checks that point into it; null when absent.</summary>
    public YamlNode? Node(string key) => Has(key) ? _entries[key].Value : null;

    public string Child(string key) => YamlReader.Join(Path, key);

    public T Required<T>(string key, Func<YamlNode, string, T?> read) where T : struct =>
        Present(key, required: true) is { } node ? Checked(key, read(node, Child(key))) ?? default : default;

    /// <returns>The value; null only when the problem has been reported and <see cref="Failed"/> is set.</returns>
    public T Required<T>(string key, Func<YamlNode, string, T?> read) where T : class =>
        (Present(key, required: true) is { } node ? Checked(key, read(node, Child(key))) : null)!;

    /// <returns>The value, or <paramref name="fallback"/> when the key is absent (or wrong: then <see cref="Failed"/> is set).</returns>
    public T Optional<T>(string key, Func<YamlNode, string, T?> read, T fallback) where T : struct =>
        Present(key, required: false) is { } node ? Checked(key, read(node, Child(key))) ?? fallback : fallback;

    /// <returns>The value, or <paramref name="fallback"/> when the key is absent (or wrong: then <see cref="Failed"/> is set).</returns>
    public T Optional<T>(string key, Func<YamlNode, string, T?> read, T fallback) where T : class =>
        Present(key, required: false) is { } node ? Checked(key, read(node, Child(key))) ?? fallback : fallback;

    /// <returns>The value, or null when the key is absent (or wrong: then <see cref="Failed"/> is set).</returns>
    public T? Optional<T>(string key, Func<YamlNode, string, T?> read) where T : struct =>
        Present(key, required: false) is { } node ? Checked(key, read(node, Child(key))) : null;

    /// <returns>The value, or null when the key is absent (or wrong: then <see cref="Failed"/> is set).</returns>
    public T? Optional<T>(string key, Func<YamlNode, string, T?> read) where T : class =>
        Present(key, required: false) is { } node ? Checked(key, read(node, Child(key))) : null;

    /// <summary>A problem with the mapping as a whole, reported where it starts.</summary>
    public void Report(string message)
    {
        Failed = true;
        if (!_quiet) _reader.Report(_node, Path, message);
    }

    /// <summary>A problem with one key, reported at its value, or where the mapping starts when the key is absent.</summary>
    public void Report(string key, string message)
    {
        Failed = true;
        _wrong.Add(key);
        if (!_quiet) _reader.Report(Node(key) ?? _node, Child(key), message);
    }

    /// <summary>A problem with something inside one of the mapping's values, such as one item of a list.</summary>
    public void Report(YamlNode at, string path, string message)
    {
        Failed = true;
        if (!_quiet) _reader.Report(at, path, message);
    }

    /// <summary>From here on, keys are only recorded as known: what they mean depends on a key that is wrong.</summary>
    public void Quiet() => _quiet = true;

    /// <summary>
    /// Reports the keys nobody read, or that the node is not a mapping of the keys that were; listed
    /// before what the reads reported, as a reader meets them, so that the list reads the same in whatever
    /// order the keys were read.
    /// </summary>
    public void Close()
    {
        if (_node is not YamlMappingNode)
        {
            _reader.Insert(_opened, _node, Path, $"expected a mapping of keys ({string.Join(", ", _known)}), but found {YamlReader.Describe(_node)}");
            return;
        }
        int at = _opened;
        foreach (var (key, (keyNode, _)) in _entries.Where(e => !_known.Contains(e.Key)))
        {
            _reader.Insert(at++, keyNode, Child(key), $"unknown key '{key}'{KeySuggestions.DidYouMean(key, _known)} (valid keys: {string.Join(", ", _known)})");
        }
    }

    /// <summary>Records the key as known; the node to read, or null when there is nothing to read (absent, or quiet).</summary>
    private YamlNode? Present(string key, bool required)
    {
        if (!_known.Contains(key)) _known.Add(key);
        if (_quiet)
        {
            _wrong.Add(key);
            return null;
        }
        if (Has(key)) return _entries[key].Value;
        if (required)
        {
            var at = _entries.TryGetValue(key, out var entry) ? entry.Key : _node;
            _reader.Report(at, Child(key), $"missing required key '{key}'");
            _wrong.Add(key);
            Failed = true;
        }
        return null;
    }

    private T? Checked<T>(string key, T? value) where T : struct
    {
        if (value is null) Wrong(key);
        return value;
    }

    private T? Checked<T>(string key, T? value) where T : class
    {
        if (value is null) Wrong(key);
        return value;
    }

    private void Wrong(string key)
    {
        _wrong.Add(key);
        Failed = true;
    }
}
