using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace JourneyBot.Maps.Tests.Exports;

/// <summary>A cell as read back: its text, and whether Excel stores it as a number.</summary>
internal readonly record struct ReadCell(string Text, bool IsNumber, uint Style);

/// <summary>A sheet as read back: its name and cells by (row, column), both 0-based.</summary>
internal sealed record ReadSheet(string Name, IReadOnlyDictionary<(int Row, int Column), ReadCell> Cells, Worksheet Worksheet)
{
    public int RowCount => Cells.Count == 0 ? 0 : Cells.Keys.Max(key => key.Row) + 1;

    public string Text(int row, int column) => Cells.TryGetValue((row, column), out var cell) ? cell.Text : string.Empty;

    /// <summary>Every row as text, <paramref name="width"/> cells each.</summary>
    public List<List<string>> Rows(int width) =>
        [.. Enumerable.Range(0, RowCount).Select(row => Enumerable.Range(0, width).Select(column => Text(row, column)).ToList())];
}

/// <summary>Reads a workbook back with the OpenXml SDK: sheets in order, shared and inline strings resolved.</summary>
internal static class Workbook
{
    public static List<ReadSheet> Read(byte[] bytes, out Stylesheet styles)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbookPart = package.WorkbookPart!;
        styles = workbookPart.WorkbookStylesPart!.Stylesheet!;
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(item => item.InnerText).ToArray() ?? [];
        var sheets = new List<ReadSheet>();
        foreach (var sheet in workbookPart.Workbook!.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet!;
            var cells = new Dictionary<(int, int), ReadCell>();
            foreach (var cell in worksheet.Descendants<Cell>())
            {
                var type = cell.DataType?.Value;
                var text = type == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                    : type == CellValues.InlineString ? cell.InlineString!.InnerText
                    : cell.CellValue?.Text ?? string.Empty;
                var isNumber = cell.CellValue is not null && (type is null || type == CellValues.Number);
                cells[Position(cell.CellReference!)] = new ReadCell(text, isNumber, cell.StyleIndex?.Value ?? 0);
            }

            sheets.Add(new ReadSheet(sheet.Name!, cells, worksheet));
        }

        return sheets;
    }

    public static List<ReadSheet> Read(byte[] bytes) => Read(bytes, out _);

    /// <summary>"B3" as (2, 1).</summary>
    private static (int Row, int Column) Position(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetterUpper).ToArray();
        var column = letters.Aggregate(0, (sum, letter) => (sum * 26) + (letter - 'A' + 1)) - 1;
        return (int.Parse(reference[letters.Length..], CultureInfo.InvariantCulture) - 1, column);
    }
}
