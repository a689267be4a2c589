using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using JourneyBot.Maps.Exports;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Tests.Exports;

/// <summary>The workbook, read back with the OpenXml SDK: the map grid, then a sheet per list, valid for any map.</summary>
public sealed class MapWorkbookTests
{
    [Fact]
    public void Sheets_are_the_map_then_the_lists_named_in_the_maps_language()
    {
        Assert.Equal(["Map", "Personas", "Touchpoints", "KPIs", "Evidence", "Findings", "Ideas"], Workbook.Read(MapWorkbook.Write(ExportMaps.Saas())).Select(sheet => sheet.Name));
        Assert.Equal(["지도", "페르소나", "터치포인트", "KPI", "근거", "발견 사항", "아이디어"], Workbook.Read(MapWorkbook.Write(ExportMaps.Korean())).Select(sheet => sheet.Name));
    }

    [Theory]
    [InlineData("Saas")]
    [InlineData("Korean")]
    public void The_first_sheet_is_the_map_stages_across_lanes_down(string name)
    {
        var document = ExportMaps.Named(name);

        var grid = Workbook.Read(MapWorkbook.Write(document))[0];

        Assert.Equal([document.Words[MapWord.Stage], .. document.Stages.Select(stage => stage.Name)], grid.Rows(document.Stages.Count + 1)[0]);
        var personaTitles = Enumerable.Range(1, document.Personas.Count).Select(row => grid.Text(row, 0));
        Assert.Equal(document.Personas.Select(persona => persona.Name), personaTitles);
        Assert.Equal(ExportMaps.StoredGrid(document), grid.Rows(document.Stages.Count + 1));
    }

    [Theory]
    [InlineData("Saas")]
    [InlineData("Korean")]
    public void A_persona_cell_holds_that_personas_goal_in_that_stage(string name)
    {
        var document = ExportMaps.Named(name);
        var persona = document.Personas.Count - 1;
        var stage = document.Stages.Count - 1;
        var goal = document.Lanes[persona].Cells[stage].Single(entry => entry.Label == document.Words[MapWord.EntryGoal]);

        var grid = Workbook.Read(MapWorkbook.Write(document))[0];

        Assert.Equal(document.Personas[persona].Name, grid.Text(persona + 1, 0));
        Assert.Equal(document.Stages[stage].Name, grid.Text(0, stage + 1));
        Assert.Contains($"{goal.Label}: {goal.Text}", grid.Text(persona + 1, stage + 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Kpi_values_are_numeric_cells_and_text_stays_text()
    {
        var document = ExportMaps.Korean();

        var kpis = Workbook.Read(MapWorkbook.Write(document)).Single(sheet => sheet.Name == "KPI");

        Assert.Equal(document.Tables.Single(table => table.Key == "kpis").Columns, kpis.Rows(7)[0]);
        Assert.Equal(new ReadCell("10000", true, kpis.Cells[(1, 2)].Style), kpis.Cells[(1, 2)]);
        Assert.Equal(12_000m, decimal.Parse(kpis.Cells[(1, 4)].Text, CultureInfo.InvariantCulture));
        Assert.True(kpis.Cells[(1, 4)].IsNumber);
        Assert.Equal(5_000m, decimal.Parse(kpis.Cells[(2, 2)].Text, CultureInfo.InvariantCulture));
        Assert.Equal(10_000m / 3, decimal.Parse(kpis.Cells[(3, 2)].Text, CultureInfo.InvariantCulture));
        Assert.Equal(("인지", false), (kpis.Cells[(1, 0)].Text, kpis.Cells[(1, 0)].IsNumber));
        Assert.Equal(("per month", false), (kpis.Cells[(1, 3)].Text, kpis.Cells[(1, 3)].IsNumber));
    }

    [Fact]
    public void Emotion_means_are_numbers_shown_with_their_sign()
    {
        var document = ExportMaps.Saas();

        var grid = Workbook.Read(MapWorkbook.Write(document), out var styles)[0];

        var cell = grid.Cells[(ExportMaps.GridLaneRows(document) + 1, 1)];
        Assert.True(cell.IsNumber);
        Assert.Equal(document.Words.Score(document.Emotions.Series[0].Points[0]!.Mean), decimal.Parse(cell.Text, CultureInfo.InvariantCulture).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture));
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.Style);
        Assert.Equal("+0.0;-0.0;0.0", styles.NumberingFormats!.Elements<NumberingFormat>().Single(numbering => numbering.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value);
    }

    [Theory]
    [MemberData(nameof(ExportMaps.All), MemberType = typeof(ExportMaps))]
    public void The_workbook_is_valid_open_xml(string name)
    {
        AssertValid(MapWorkbook.Write(ExportMaps.Named(name)));
    }

    [Fact]
    public void Markup_quotes_and_ampersands_are_kept_as_text()
    {
        var document = ExportMaps.Hostile();

        var grid = Workbook.Read(MapWorkbook.Write(document))[0];

        Assert.Equal(document.Stages[0].Name, grid.Text(0, 1));
        Assert.Equal("<script>alert(\"x\")</script> & 'quotes' <b>bold</b>", grid.Text(0, 1));
        Assert.Equal(ExportMaps.StoredGrid(document), grid.Rows(2));
    }

    [Fact]
    public void Characters_xml_forbids_are_dropped_and_text_beyond_excels_limit_is_cut()
    {
        var tooLong = new string('가', 40_000);
        var document = ExportMaps.WithFirstCell(ExportMaps.Saas(), new MapEntry("bell\a nul\0 esc\u001b tab\t ok 😀 lone\ud800 end"), new MapEntry(tooLong));
        document = ExportMaps.WithTable(document, "Extra", ["Text"], [new MapValue(tooLong)], [new MapValue("form\ffeed")]);

        var bytes = MapWorkbook.Write(document);

        AssertValid(bytes);
        var sheets = Workbook.Read(bytes);
        Assert.StartsWith("bell nul esc tab\t ok 😀 lone end\n가가", sheets[0].Text(1, 1), StringComparison.Ordinal);
        Assert.Equal(32_767, sheets[0].Text(1, 1).Length);
        Assert.Equal(32_767, sheets[^1].Text(1, 0).Length);
        Assert.Equal("formfeed", sheets[^1].Text(2, 0));
    }

    [Fact]
    public void Text_that_looks_like_excels_own_escapes_is_escaped_so_excel_shows_it_as_written()
    {
        var document = ExportMaps.WithFirstCell(ExportMaps.Saas(), new MapEntry("_x0041_ stays"));

        var grid = Workbook.Read(MapWorkbook.Write(document))[0];

        // Excel reads "_x005F" as "_", so this shows "_x0041_ stays" rather than "A stays".
        Assert.Equal("_x005F_x0041_ stays", grid.Text(1, 1));
    }

    [Fact]
    public void Sheet_names_follow_excels_rules_and_stay_unique()
    {
        var document = ExportMaps.Saas() with { Tables = [] };
        foreach (var title in new[] { "a/b:c*d?[e]\\f", "'quoted'", "map", "A title far longer than Excel's thirty-one characters", "A title far longer than Excel's thirty-one characters", "[]:*", "history" })
        {
            document = ExportMaps.WithTable(document, title, ["Column"]);
        }

        var bytes = MapWorkbook.Write(document);

        AssertValid(bytes);
        Assert.Equal(
            ["Map", "abcdef", "quoted", "map (2)", "A title far longer than Excel's", "A title far longer than Exc (2)", "extra", "history (2)"],
            Workbook.Read(bytes).Select(sheet => sheet.Name));
    }

    [Fact]
    public void Headers_are_bold_and_the_first_row_and_column_stay_in_view()
    {
        var sheets = Workbook.Read(MapWorkbook.Write(ExportMaps.Saas()), out var styles);

        var bold = styles.CellFormats!.Elements<CellFormat>()
            .Select(format => styles.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold is not null)
            .ToArray();
        Assert.True(bold[sheets[0].Cells[(0, 1)].Style]);
        Assert.True(bold[sheets[0].Cells[(1, 0)].Style]);
        Assert.False(bold[sheets[0].Cells[(1, 1)].Style]);
        Assert.True(bold[sheets[3].Cells[(0, 0)].Style]);
        var wrapped = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)sheets[0].Cells[(1, 1)].Style).Alignment!.WrapText!.Value;
        Assert.True(wrapped);
        var pane = sheets[0].Worksheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1d, 1d, "B2"), (pane.State!.Value, pane.HorizontalSplit!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        Assert.Equal("A2", sheets[1].Worksheet.Descendants<Pane>().Single().TopLeftCell!.Value);
        Assert.All(sheets[0].Worksheet.Descendants<Column>(), column => Assert.InRange(column.Width!.Value, 10, 45));
    }

    [Fact]
    public void The_file_names_no_author()
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(MapWorkbook.Write(ExportMaps.Korean())), isEditable: false);

        Assert.True(string.IsNullOrEmpty(package.PackageProperties.Creator));
        Assert.True(string.IsNullOrEmpty(package.PackageProperties.LastModifiedBy));
        Assert.Equal("인바운드 마케팅의 빈틈 찾기 — 2026년 4분기 고객 여정 워크숍", package.PackageProperties.Title);
        Assert.Null(package.ExtendedFilePropertiesPart);
        Assert.Equal("/docProps/core.xml", package.CoreFilePropertiesPart!.Uri.OriginalString);
    }

    [Fact]
    public void An_empty_map_gives_the_grid_titles_and_lists_with_header_rows_only()
    {
        var document = ExportMaps.Empty();

        var sheets = Workbook.Read(MapWorkbook.Write(document));

        Assert.Equal(7, sheets.Count);
        Assert.Equal([["Stage"], ["Touchpoints"], ["Pain points"], ["KPIs"], ["move on"]], sheets[0].Rows(1));
        Assert.All(sheets.Skip(1).Zip(document.Tables), pair => Assert.Equal([pair.Second.Columns.ToList()], pair.First.Rows(pair.Second.Columns.Count)));
    }

    private static void AssertValid(byte[] bytes)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator().Validate(package).Select(error => $"{error.Path?.XPath}: {error.Description}");
        Assert.Empty(errors);
    }
}
