using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Exports;

/// <summary>The map as an Excel workbook: the map grid on the first sheet, then a sheet per list behind it.</summary>
public static class MapWorkbook
{
    /// <summary>Column widths in Excel's character units: wide enough to read, narrow enough that a few stages fit on screen (longer text wraps).</summary>
    private const double MinWidth = 10;
    private const double GridMaxWidth = 45;
    private const double TableMaxWidth = 60;

    /// <summary>The .xlsx file of <paramref name="document"/>.</summary>
    public static byte[] Write(MapDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var names = new SheetNames();
        var sheets = new List<(string Name, SheetContent Content)>
        {
            (names.Next(document.Words[MapWord.GridSheet], "Map"), GridContent(MapGrid.Of(document))),
        };
        sheets.AddRange(document.Tables.Select(table => (names.Next(table.Title, table.Key), TableContent(table))));

        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = package.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = SheetStyles.Create();
            var strings = new SheetStrings();
            var sheetList = new Sheets();
            for (var index = 0; index < sheets.Count; index++)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = WorksheetBuilder.Build(sheets[index].Content, strings, selected: index == 0);
                sheetList.Append(new Sheet { Name = sheets[index].Name, SheetId = (uint)index + 1, Id = workbookPart.GetIdOfPart(part) });
            }

            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.ToTable();
            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheetList);

            WorkbookProperties.Write(package.AddCoreFilePropertiesPart(), document);
        }

        return stream.ToArray();
    }

    private static SheetContent GridContent(MapGrid grid) =>
        new([.. grid.Rows.Select(Cells)], HeaderColumns: 1, MinWidth, GridMaxWidth, NumberStyle: SheetStyles.Score);

    private static SheetContent TableContent(MapTable table)
    {
        IReadOnlyList<SheetCell> header = [.. table.Columns.Select(column => new SheetCell(column))];
        return new SheetContent([header, .. table.Rows.Select(Cells)], HeaderColumns: 0, MinWidth, TableMaxWidth, NumberStyle: SheetStyles.Number);
    }

    private static IReadOnlyList<SheetCell> Cells(IReadOnlyList<MapValue> row) => [.. row.Select(value => new SheetCell(value.Text, value.Number))];
}
