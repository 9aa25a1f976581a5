using System.Globalization;
using System.Text;

namespace Simulator.Reports;

/// <summary>
/// Text from files (scenario names, ids, history columns) made safe to print: a control character could retitle or
/// clear a terminal (ESC sequences) and a bidirectional override could make text read other than it is, so each is
/// shown as a visible <c>\uXXXX</c> escape instead of being sent raw.
/// </summary>
public static class TerminalText
{
    /// <summary><paramref name="text"/> with every control and bidirectional-override character escaped; line breaks kept when <paramref
    /// name="keepLineBreaks"/>.</summary>
    public static string Printable(string text, bool keepLineBreaks = false)
    {
        if (!text.Any(c => NeedsEscape(c, keepLineBreaks))) return text;
        var safe = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (NeedsEscape(c, keepLineBreaks)) safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else safe.Append(c);
        }
        return safe.ToString();
    }

    private static bool NeedsEscape(char c, bool keepLineBreaks) =>
        keepLineBreaks && c is '\n' or '\r' or '\t' ? false : char.IsControl(c) || IsBidirectionalControl(c);

    /// <summary>The explicit embedding, override and isolate marks (Unicode's "Trojan Source" characters).</summary>
    public static bool IsBidirectionalControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
