using DocumentFormat.OpenXml.Spreadsheet;

namespace JourneyBot.Maps.Exports;

/// <summary>The workbook's few cell styles: wrapped text, a bold header, numbers.</summary>
internal static class SheetStyles
{
    /// <summary>Wrapped text, top-aligned, so a cell's entries show one per line.</summary>
    public const uint Text = 1;

    /// <summary>A header cell: bold, shaded, wrapped.</summary>
    public const uint Header = 2;

    /// <summary>A number, top-aligned beside wrapped text, in Excel's general format.</summary>
    public const uint Number = 3;

    /// <summary>An emotion mean as the map shows it: sign and one decimal ("+1.5", "-0.3", "0.0").</summary>
    public const uint Score = 4;

    private const uint ScoreFormat = 164;

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = ScoreFormat, FormatCode = "+0.0;-0.0;0.0" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Aligned(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 }, wrap: true),
            Aligned(new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true }, wrap: true),
            Aligned(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 }, wrap: false),
            Aligned(new CellFormat { NumberFormatId = ScoreFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }, wrap: false))
        { Count = 5 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Aligned(CellFormat format, bool wrap)
    {
        format.ApplyAlignment = true;
        format.Append(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = wrap ? true : null });
        return format;
    }
}
