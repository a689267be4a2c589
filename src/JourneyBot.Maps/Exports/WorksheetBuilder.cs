using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace JourneyBot.Maps.Exports;

/// <summary>Lays a <see cref="SheetContent"/> out as a worksheet: bold frozen header row (and header columns), wrapped text, column widths.</summary>
internal static class WorksheetBuilder
{
    public static Worksheet Build(SheetContent content, SheetStrings strings, bool selected)
    {
        var rows = content.Rows.Select(row => (IReadOnlyList<SheetCell>)[.. row.Select(cell => cell with { Text = SheetText.Clean(cell.Text) })]).ToArray();
        var columnCount = rows.Length == 0 ? 0 : rows.Max(row => row.Count);
        var worksheet = new Worksheet(Views(content.HeaderColumns, selected), new SheetFormatProperties { DefaultRowHeight = 15 });
        if (columnCount > 0)
        {
            var widths = ColumnWidths.Of(rows.Select(row => (IReadOnlyList<string>)[.. row.Select(cell => cell.Text)]), columnCount, content.MinWidth, content.MaxWidth);
            worksheet.Append(new Columns(widths.Select((width, index) => new Column
            {
                Min = (uint)index + 1,
                Max = (uint)index + 1,
                Width = Math.Round(width, 2),
                CustomWidth = true,
            })));
        }

        worksheet.Append(new SheetData(rows.Select((row, rowIndex) => Row(row, rowIndex, content, strings))));
        return worksheet;
    }

    private static Row Row(IReadOnlyList<SheetCell> cells, int rowIndex, SheetContent content, SheetStrings strings)
    {
        var rowNumber = (uint)rowIndex + 1;
        var row = new Row { RowIndex = rowNumber };
        for (var column = 0; column < cells.Count; column++)
        {
            var cell = cells[column];
            var isHeader = rowIndex == 0 || column < content.HeaderColumns;
            var reference = ColumnName(column) + rowNumber.ToString(CultureInfo.InvariantCulture);
            if (cell.Number is { } number)
            {
                row.Append(new Cell
                {
                    CellReference = reference,
                    StyleIndex = isHeader ? SheetStyles.Header : content.NumberStyle,
                    CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
                });
            }
            else if (cell.Text.Length > 0)
            {
                row.Append(new Cell
                {
                    CellReference = reference,
                    StyleIndex = isHeader ? SheetStyles.Header : SheetStyles.Text,
                    DataType = CellValues.SharedString,
                    CellValue = new CellValue(strings.IndexOf(cell.Text)),
                });
            }
            else if (isHeader)
            {
                // A blank header cell still gets the header's shading, so the header reads as one band.
                row.Append(new Cell { CellReference = reference, StyleIndex = SheetStyles.Header });
            }
        }

        return row;
    }

    /// <summary>The first row, and the first <paramref name="headerColumns"/> columns, stay in view while scrolling.</summary>
    private static SheetViews Views(int headerColumns, bool selected)
    {
        var topLeft = ColumnName(headerColumns) + "2";
        var pane = headerColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft;
        return new SheetViews(new SheetView(
            new Pane
            {
                HorizontalSplit = headerColumns > 0 ? headerColumns : null,
                VerticalSplit = 1,
                TopLeftCell = topLeft,
                ActivePane = pane,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        {
            TabSelected = selected ? true : null,
            WorkbookViewId = 0,
        });
    }

    /// <summary>"A" for 0, "Z" for 25, "AA" for 26.</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var number = index + 1; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }
}
