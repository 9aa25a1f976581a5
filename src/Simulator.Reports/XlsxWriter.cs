using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Simulator.Reports;

/// <summary>
/// Writes <see cref="WorkbookSheet"/>s as SpreadsheetML with the Open XML SDK. Text goes to the shared-string table, so a cell that starts with
/// '=' is text, never a formula (no cell is ever given a formula); numbers are numeric cells whose style carries the display format.
/// </summary>
internal static class XlsxWriter
{
    /// <summary>Widest a column is made, in characters.</summary>
    private const int MaxColumnWidth = 60;

    /// <summary>Rows looked at to size a column: enough to see its typical width without reading a large sheet twice.</summary>
    private const int RowsSized = 200;

    public static void Write(Stream stream, IReadOnlyList<WorkbookSheet> sheets)
    {
        XlsxWorkbook.Check(sheets);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
        workbookPart.Workbook = new Workbook();
        // Relationship ids are named, not random, so the same sheets give the same parts.
        workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles.Sheet();
        var strings = new SharedStrings();
        var list = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>($"rIdSheet{sheetId}");
            part.Worksheet = Worksheet(sheet, strings);
            list.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Name });
        }
        workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings").SharedStringTable = strings.Table();
    }

    private static Worksheet Worksheet(WorkbookSheet sheet, SharedStrings strings)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (int c = 0; c < sheet.Header.Count; c++) header.Append(TextCell(Reference(c, 1), sheet.Header[c], strings, Styles.Header));
        data.Append(header);
        uint rowIndex = 2;
        foreach (var cells in sheet.Rows)
        {
            var row = new Row { RowIndex = rowIndex };
            for (int c = 0; c < cells.Length; c++)
            {
                if (Cell(Reference(c, rowIndex), cells[c], strings) is { } cell) row.Append(cell);
            }
            data.Append(row);
            rowIndex++;
        }
        var worksheet = new Worksheet();
        // The header stays in view while the data scrolls: a pane frozen below row 1.
        worksheet.Append(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
        { WorkbookViewId = 0U }));
        if (sheet.Header.Count > 0) worksheet.Append(Columns(sheet));
        worksheet.Append(data);
        return worksheet;
    }

    /// <summary>Each column as wide as its header or its widest value in the first rows, within bounds.</summary>
    private static Columns Columns(WorkbookSheet sheet)
    {
        var columns = new Columns();
        for (int c = 0; c < sheet.Header.Count; c++)
        {
            int width = sheet.Header[c].Length;
            foreach (var row in sheet.Rows.Take(RowsSized))
            {
                if (c < row.Length) width = Math.Max(width, row[c].Value is string text ? text.Length : 10);
            }
            uint index = (uint)c + 1;
            columns.Append(new Column { Min = index, Max = index, Width = Math.Clamp(width + 2, 8, MaxColumnWidth), CustomWidth = true });
        }
        return columns;
    }

    private static Cell? Cell(string reference, WorkbookCell cell, SharedStrings strings) => cell.Value switch
    {
        null => null,
        string text => TextCell(reference, text, strings, Styles.Text),
        double number => new Cell
        {
            CellReference = reference,
            CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)),
            DataType = CellValues.Number,
            StyleIndex = Styles.Of(cell.Format),
        },
        bool flag => new Cell { CellReference = reference, CellValue = new CellValue(flag ? "1" : "0"), DataType = CellValues.Boolean },
        var other => throw new ArgumentException($"a cell holds a {other.GetType().Name}; cells hold text, numbers or flags.", nameof(cell)),
    };

    private static Cell TextCell(string reference, string text, SharedStrings strings, uint style) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(strings.Index(text).ToString(CultureInfo.InvariantCulture)),
        DataType = CellValues.SharedString,
        StyleIndex = style,
    };

    /// <summary>"A1"-style reference of a zero-based column and a one-based row.</summary>
    internal static string Reference(int column, uint row) => ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    internal static string ColumnLetters(int column)
    {
        var letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) letters.Insert(0, (char)('A' + (n - 1) % 26));
        return letters.ToString();
    }

    /// <summary>The workbook's strings, each stored once and referred to by its index.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _texts = [];

        public int Index(string text)
        {
            string clean = Clean(text);
            if (!_index.TryGetValue(clean, out int index))
            {
                index = _texts.Count;
                _index.Add(clean, index);
                _texts.Add(clean);
            }
            return index;
        }

        public SharedStringTable Table() => new(_texts.Select(t => new SharedStringItem(new Text(t) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)_texts.Count,
            UniqueCount = (uint)_texts.Count,
        };

        /// <summary>Text XML can carry: a character XML 1.0 forbids (a control character in a scenario name) becomes U+FFFD; Excel's cell limit
        /// holds.</summary>
        private static string Clean(string text)
        {
            var clean = new StringBuilder(Math.Min(text.Length, XlsxWorkbook.MaxCellText));
            for (int i = 0; i < text.Length && clean.Length < XlsxWorkbook.MaxCellText; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (clean.Length + 2 > XlsxWorkbook.MaxCellText) break;
                    clean.Append(c).Append(text[++i]);
                }
                else if (char.IsSurrogate(c) || (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
                {
                    clean.Append('\uFFFD');
                }
                else
                {
                    clean.Append(c);
                }
            }
            return clean.ToString();
        }
    }

    /// <summary>The style sheet: the default style, a bold header, plain text, and one style per number format.</summary>
    private static class Styles
    {
        public const uint Header = 1;
        public const uint Text = 2;

        // Built-in number formats (ECMA-376 part 1, 18.8.30): 0 General, 3 "#,##0", 4 "#,##0.00", 49 "@" (text).
        private const uint GeneralFormat = 0, WholeFormat = 3, TwoDecimalsFormat = 4, TextFormat = 49;

        // Custom formats are numbered from 164.
        private static readonly (uint Id, string Code)[] Custom =
        [
            (164, "#,##0.0"), (165, "0.0%"), (166, "hh:mm"), (167, "yyyy-mm-dd"), (168, "yyyy-mm-dd hh:mm"),
        ];

        /// <summary>The number format of each cell format, in the order their styles follow <see cref="Text"/>.</summary>
        private static readonly CellDisplay[] Numeric =
        [
            CellDisplay.General, CellDisplay.Count, CellDisplay.Whole, CellDisplay.Percent, CellDisplay.Seconds, CellDisplay.Money, CellDisplay.MoneyPerContact,
            CellDisplay.TimeOfDay, CellDisplay.Date, CellDisplay.DateTime,
        ];

        private static uint NumberFormat(CellDisplay format) => format switch
        {
            CellDisplay.General or CellDisplay.Flag => GeneralFormat,
            CellDisplay.Text => TextFormat,
            CellDisplay.Count or CellDisplay.Seconds => 164,
            CellDisplay.Whole or CellDisplay.Money => WholeFormat,
            CellDisplay.MoneyPerContact => TwoDecimalsFormat,
            CellDisplay.Percent => 165,
            CellDisplay.TimeOfDay => 166,
            CellDisplay.Date => 167,
            CellDisplay.DateTime => 168,
        };

        /// <summary>The style index of a number cell in <paramref name="format"/>.</summary>
        public static uint Of(CellDisplay format) =>
            Array.IndexOf(Numeric, format) is int i and >= 0 ? Text + 1 + (uint)i : 0;

        public static Stylesheet Sheet()
        {
            var formats = new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = GeneralFormat },
                new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = GeneralFormat, ApplyFont = true },
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = TextFormat, ApplyNumberFormat = true });
            foreach (var format in Numeric)
            {
                formats.Append(new CellFormat
                {
                    FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = NumberFormat(format), ApplyNumberFormat = true,
                });
            }
            return new Stylesheet(
                new NumberingFormats(Custom.Select(f => new NumberingFormat { NumberFormatId = f.Id, FormatCode = f.Code })) { Count = (uint)Custom.Length },
                new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
                {
                    Count = 2
                },
                new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
                formats);
        }
    }
}
