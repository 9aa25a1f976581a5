using Simulator.Core.LookAhead;
using Simulator.Core.Simulation;
using Simulator.Reports;

namespace Simulator.Web.Services;

/// <summary>A data format a result downloads in: its file name and the writer the CLI's <c>--format</c> uses for it.</summary>
/// <param name="Write">Writes a text format.</param>
/// <param name="Bytes">Makes a binary format (a workbook) instead; when given, <paramref name="Write"/> is not used.</param>
public sealed record ResultFormat(string Name, string FileName, Action<TextWriter> Write, Func<byte[]>? Bytes = null)
{
    /// <summary>A binary format, such as <c>new("xlsx", "result.xlsx", () => Workbooks.Run(result))</c>.</summary>
    public ResultFormat(string name, string fileName, Func<byte[]> bytes) : this(name, fileName, _ => { }, bytes) { }
}

/// <summary>
/// The formats of <c>ccsim run</c>, <c>ccsim compare</c> and a live look-ahead, each written by the same Reports writer as the command's
/// <c>--format</c>: one list per command, so a format added to the writers is added here once.
/// </summary>
public static class ResultFormats
{
    public static IReadOnlyList<ResultFormat> Run(ExperimentResult result) =>
    [
        new("table", "result.txt", w => RunReport.WriteTable(w, result)),
        new("json", "result.json", w => RunReport.WriteJson(w, result)),
        new("csv", "result.csv", w => RunReport.WriteCsv(w, result)),
        new("xlsx", "result.xlsx", () => Workbooks.Run(result)),
    ];

    public static IReadOnlyList<ResultFormat> Compare(Comparison comparison) =>
    [
        new("table", "comparison.txt", w => CompareReport.WriteTable(w, comparison)),
        new("json", "comparison.json", w => CompareReport.WriteJson(w, comparison)),
        new("csv", "comparison.csv", w => CompareReport.WriteCsv(w, comparison)),
        new("markdown", "comparison.md", w => CompareReport.WriteMarkdown(w, comparison)),
        new("xlsx", "comparison.xlsx", () => Workbooks.Compare(comparison)),
    ];

    /// <summary>A live centre's look-ahead: the JSON line and the table <c>ccsim live --look-ahead-every</c> writes.</summary>
    public static IReadOnlyList<ResultFormat> LookAhead(LookAheadResult look) =>
    [
        new("table", "look-ahead.txt", w => LookAheadReport.WriteTable(w, look)),
        new("json", "look-ahead.json", w => w.WriteLine(LookAheadCodec.ToJson(look))),
    ];
}
