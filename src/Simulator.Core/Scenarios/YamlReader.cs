using System.Globalization;
using Simulator.Core.Units;
using YamlDotNet.RepresentationModel;

namespace Simulator.Core.Scenarios;

/// <summary>
/// Reads typed values out of a YAML node tree and records every problem with its file, line,
/// column and key path, so one pass reports all that is wrong rather than the first thing.
/// A null node means "absent": a mapping's required read (<see cref="MappingReader"/>) has already said so, so readers stay quiet.
/// </summary>
internal sealed class YamlReader(string file)
{
    private readonly List<ScenarioDiagnostic> _diagnostics = [];

    public string File { get; } = file;

    public IReadOnlyList<ScenarioDiagnostic> Diagnostics => _diagnostics;

    public void Add(ScenarioDiagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public void Report(YamlNode? node, string path, string message) => Insert(_diagnostics.Count, node, path, message);

    /// <summary>Reports a problem as if before those reported since <paramref name="index"/> (diagnostics at one place keep this order).</summary>
    public void Insert(int index, YamlNode? node, string path, string message)
    {
        long line = node?.Start.Line ?? 1, column = node?.Start.Column ?? 1;
        _diagnostics.Insert(index, new ScenarioDiagnostic(File, (int)line, (int)column, path, message));
    }

    /// <summary>True for an absent value: no node, or a plain <c>~</c>, <c>null</c> or empty scalar.</summary>
    public static bool IsNull(YamlNode? node) =>
        node is null
        || node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any } scalar
           && (scalar.Value is null || scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    /// <summary>
    /// Reads a mapping with <paramref name="read"/>, which reads each of its keys once through a
    /// <see cref="MappingReader"/>; the keys it reads are the keys allowed, and any other is reported
    /// with the closest valid one. Null when anything in it is wrong.
    /// </summary>
    public T? Mapping<T>(YamlNode node, string path, Func<MappingReader, T?> read) where T : class
    {
        var map = new MappingReader(this, node, path);
        var value = read(map);
        map.Close();
        return map.Failed ? null : value;
    }

    public string? String(YamlNode? node, string path)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value } && !IsNull(node) && value.Trim().Length > 0)
        {
            // Names and ids reach terminals, reports and spreadsheets: an escape sequence could retitle or clear a
            // terminal, a bidirectional override could make a name read as another. The text is not quoted back.
            int unsafeAt = value.Trim().IndexOfAny(UnsafeCharacters);
            if (unsafeAt < 0) return value.Trim();
            Report(node, path, $"expected text without control characters (such as escape, tab or a line break) or direction overrides, " +
                               $"but found one at character {unsafeAt + 1}");
            return null;
        }
        Report(node, path, $"expected a non-empty text, but found {Describe(node)}");
        return null;
    }

    public double? Number(YamlNode? node, string path, double min, double max, bool minInclusive = true, bool maxInclusive = true, string? expectation = null)
    {
        if (node is null) return null;
        string Range() => expectation ?? $"a number {(minInclusive ? "≥" : ">")} " +
            $"{Format(min)}{(double.IsPositiveInfinity(max) ? "" : $" and {(maxInclusive ? "≤" : "<")} {Format(max)}")}";
        if (node is not YamlScalarNode { Value: { } text } || IsNull(node)
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            Report(node, path, $"expected {Range()}, but found {Describe(node)}");
            return null;
        }
        bool aboveMin = minInclusive ? value >= min : value > min;
        bool belowMax = maxInclusive ? value <= max : value < max;
        if (!aboveMin || !belowMax)
        {
            Report(node, path, $"expected {Range()}, but found {text}");
            return null;
        }
        return value;
    }

    /// <summary>A share in [0, 1] (each end included or not), as a fraction or a percentage: 0.8 or 80%.</summary>
    public double? Share(YamlNode? node, string path, bool zeroIncluded, bool oneIncluded, string example)
    {
        if (node is null) return null;
        string percent = (double.Parse(example, CultureInfo.InvariantCulture) * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        string expectation = $"a share in {(zeroIncluded ? '[' : '(')}0, 1{(oneIncluded ? ']' : ')')}, such as {example} or {percent}";
        string? text = node is YamlScalarNode scalar && !IsNull(node) ? scalar.Value : null;
        if (!UnitParser.TryParseShare(text, out double share))
        {
            Report(node, path, $"expected {expectation}, but found {Describe(node)}");
            return null;
        }
        if (!(zeroIncluded ? share >= 0 : share > 0) || !(oneIncluded ? share <= 1 : share < 1))
        {
            bool percentage = share > 1 && share <= 100 && !text!.Contains('%');
            Report(node, path, $"expected {expectation}, but found {text!.Trim()}{(percentage ? $" (a percentage? write {text.Trim()}%)" : "")}");
            return null;
        }
        return share;
    }

    public long? Integer(YamlNode? node, string path, long min, long max = long.MaxValue)
    {
        if (node is null) return null;
        if (node is not YamlScalarNode { Value: { } text } || IsNull(node)
            || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            Report(node, path, $"expected a whole number ≥ {min}, but found {Describe(node)}");
            return null;
        }
        if (value < min || value > max)
        {
            Report(node, path, $"expected a whole number ≥ {min}{(max == long.MaxValue ? "" : $" and ≤ {max}")}, but found {text}");
            return null;
        }
        return value;
    }

    /// <summary>YAML 1.2 core-schema booleans: true or false, in lower, title or upper case.</summary>
    public bool? Boolean(YamlNode? node, string path)
    {
        if (node is null) return null;
        switch (Scalar(node))
        {
            case "true" or "True" or "TRUE": return true;
            case "false" or "False" or "FALSE": return false;
        }
        Report(node, path, $"expected true or false, but found {Describe(node)}");
        return null;
    }

    public TimeSpan? Duration(YamlNode? node, string path, bool positive)
    {
        if (node is null) return null;
        if (!UnitParser.TryParseDuration(Scalar(node), positive, out var duration, out string error))
        {
            Report(node, path, error);
            return null;
        }
        if (positive && duration <= TimeSpan.Zero)
        {
            Report(node, path, $"expected a duration greater than zero, but found \"{Scalar(node)}\"");
            return null;
        }
        return duration;
    }

    public double? Rate(YamlNode? node, string path)
    {
        if (node is null) return null;
        if (UnitParser.TryParseRate(Scalar(node), out double perSecond, out string error)) return perSecond;
        Report(node, path, error);
        return null;
    }

    public TimeSpan? Clock(YamlNode? node, string path)
    {
        if (node is null) return null;
        if (UnitParser.TryParseClock(Scalar(node), out var time, out string error)) return time;
        Report(node, path, error);
        return null;
    }

    /// <summary>An ISO 8601 calendar date, such as 2025-06-02.</summary>
    public DateOnly? Date(YamlNode? node, string path)
    {
        if (node is null) return null;
        if (DateOnly.TryParseExact(Scalar(node)?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }
        Report(node, path, $"expected a date such as 2025-06-02 (year-month-day), but found {Describe(node)}");
        return null;
    }

    public TEnum? Choice<TEnum>(YamlNode? node, string path) where TEnum : struct, Enum
    {
        if (node is null) return null;
        var names = Enum.GetNames<TEnum>().Select(CamelCase).ToArray();
        string? text = Scalar(node);
        int index = Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (index >= 0) return Enum.GetValues<TEnum>()[index];
        Report(node, path,
            $"expected one of {string.Join(", ", names)}, but found {Describe(node)}{(text is null ? "" : KeySuggestions.DidYouMean(text, names))}");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode? node, string path, string expectation)
    {
        if (node is null) return null;
        if (node is YamlSequenceNode { Children.Count: > 0 } sequence) return sequence;
        Report(node, path, $"expected {expectation}, but found {Describe(node)}");
        return null;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>Control characters (C0, DEL, C1) and the explicit bidirectional embedding, override and isolate marks.</summary>
    private static readonly char[] UnsafeCharacters =
    [
        .. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
        .. Enumerable.Range(0x202A, 5).Select(c => (char)c), .. Enumerable.Range(0x2066, 4).Select(c => (char)c),
    ];

    public static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string? Scalar(YamlNode? node) => node is YamlScalarNode scalar && !IsNull(node) ? scalar.Value : null;

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Describe(YamlNode? node) => node switch
    {
        _ when IsNull(node) => "nothing",
        YamlScalarNode scalar => $"\"{scalar.Value}\"",
        YamlSequenceNode sequence => sequence.Children.Count == 0 ? "an empty list" : "a list",
        YamlMappingNode => "a mapping",
        _ => "an unsupported value",
    };
}
