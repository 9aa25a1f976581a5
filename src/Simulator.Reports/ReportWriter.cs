using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Simulator.Reports;

/// <summary>Shared output plumbing: camelCase JSON and plain-text tables written to any <see cref="TextWriter"/>.</summary>
public static class ReportWriter
{
    /// <summary>Width of rendered tables: wide enough for a staffing table, independent of the terminal.</summary>
    public const int TableWidth = 160;

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>An enum member as JSON writes it (camelCase), for the same value in other formats.</summary>
    public static string EnumName<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static void WriteJson<T>(TextWriter output, T document)
    {
        output.WriteLine(JsonSerializer.Serialize(document, JsonOptions));
    }

    /// <summary>Renders Spectre.Console widgets as plain text (no colour, no terminal probing) to <paramref name="output"/>.</summary>
    public static void Render(TextWriter output, params IRenderable[] items)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = TableWidth;
        console.Profile.Capabilities.Unicode = true;
        foreach (var item in items) console.Write(item);
    }

    public static Table NewTable(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(TerminalText.Printable(header))) { Alignment = Justify.Right });
        }
        table.Columns[0].Alignment = Justify.Left;
        return table;
    }

    public static void AddRow(Table table, params string[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Text(TerminalText.Printable(c))).ToArray());
}
