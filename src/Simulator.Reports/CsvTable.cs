using System.Globalization;
using System.Reflection;
using CsvHelper;

namespace Simulator.Reports;

/// <summary>
/// Writes records as RFC 4180 CSV (CsvHelper does the quoting): one column per public property, headed
/// by its camelCase name so CSV columns and JSON keys match; numbers in invariant round-trip form. The text
/// starts with a UTF-8 byte-order mark: without one, Excel reads UTF-8 as a legacy code page and garbles
/// names such as "Retail bank – weekday".
/// </summary>
public static class CsvTable
{
    public const char ByteOrderMark = '\uFEFF';

    public static void Write<T>(TextWriter output, IEnumerable<T> records)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        output.Write(ByteOrderMark);
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, true);
        csv.WriteRecord(Header<T>());
        foreach (var record in records)
        {
            csv.WriteRecord(properties.Select(p => Cell(Format(p.GetValue(record)))).ToArray());
        }
    }

    /// <summary>The columns <see cref="Write{T}(TextWriter, IEnumerable{T})"/> heads a table of <typeparamref name="T"/> with: its public properties,
    /// camelCase.</summary>
    public static string[] Header<T>() =>
        [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])];

    /// <summary>Rows whose columns are known only at run time.</summary>
    public static void Write(TextWriter output, string[] header, IEnumerable<string[]> rows)
    {
        output.Write(ByteOrderMark);
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, true);
        csv.WriteRecord(header.Select(Cell).ToArray());
        foreach (var row in rows) csv.WriteRecord(row.Select(Cell).ToArray());
    }

    /// <summary>
    /// A cell a spreadsheet will not run as a formula: text that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or
    /// a carriage return gets a leading apostrophe (OWASP's advice on CSV injection). Numbers, negative ones included,
    /// stay as they are; CsvHelper's own injection guard would also mangle "-0.5", so it is not used.
    /// </summary>
    public static string Cell(string text)
    {
        if (text.Length == 0 || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return text;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? text : "'" + text;
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
