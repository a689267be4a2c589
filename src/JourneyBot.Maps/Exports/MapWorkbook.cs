using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using System.Text;
using System.Xml;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Exports;

/// <summary>The map as an Excel workbook: the map grid on the first sheet, then a sheet per list behind it.</summary>
public static class MapWorkbook
{
    /// <summary>The grid's lane titles column, and the lists' columns, stay readable without taking the screen.</summary>
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

            WriteProperties(package.AddCoreFilePropertiesPart(), document);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// docProps/core.xml with the map's title and language only: no author or last-modified-by, so the file never carries the
    /// server's account name (written by hand because the package's own properties land in an unusual .psmdcp part).
    /// </summary>
    private static void WriteProperties(CoreFilePropertiesPart part, MapDocument document)
    {
        const string Core = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Elements = "http://purl.org/dc/elements/1.1/";
        using var stream = part.GetStream(FileMode.Create);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) });
        writer.WriteStartElement("cp", "coreProperties", Core);
        writer.WriteAttributeString("xmlns", "dc", null, Elements);
        writer.WriteElementString("dc", "title", Elements, SheetText.Clean(document.Title));
        writer.WriteElementString("dc", "language", Elements, SheetText.Clean(document.LanguageTag));
        writer.WriteEndElement();
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
