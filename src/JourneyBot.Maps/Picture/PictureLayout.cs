using System.Globalization;
using JourneyBot.Maps.Model;
using SkiaSharp;

namespace JourneyBot.Maps.Picture;

/// <summary>A lane's title in the left column: for a persona its marker, name and the journey subtitle.</summary>
internal sealed record LaneTitle(TextBlock Name, TextBlock Subtitle, int? Persona)
{
    public float Height => Name.Height + (Subtitle.Lines.Count > 0 ? 2 + Subtitle.Height : 0);
}

/// <summary>A row of the grid below the stage names.</summary>
internal abstract record PictureRow(LaneTitle Title, float Top, float Height)
{
    public float Bottom => Top + Height;
}

/// <summary>
/// A lane of the document with its cells wrapped; the KPI lane keeps a strip at its bottom for the conversions. A step 6
/// lane's entries about the whole journey (<see cref="MapLane.General"/>) fill a strip of their own under the stage cells,
/// <see cref="GeneralStrip"/> high, spread over the columns left to right.
/// </summary>
internal sealed record LaneRow(MapLane Lane, LaneTitle Title, IReadOnlyList<CellBlock> Cells, float ConversionStrip, float Top, float Height)
    : PictureRow(Title, Top, Height)
{
    public IReadOnlyList<CellBlock> General { get; init; } = [];

    public float GeneralStrip { get; init; }

    /// <summary>The general strip's label in the left column ("Whole journey").</summary>
    public string GeneralTitle { get; init; } = string.Empty;

    /// <summary>Where the stage cells end and the general strip begins.</summary>
    public float GeneralTop => Bottom - ConversionStrip - GeneralStrip;
}

/// <summary>The emotion chart: legend in the left column, the plot over the stage columns, a note under it.</summary>
internal sealed record EmotionRow(
    LaneTitle Title,
    IReadOnlyList<(int Persona, string Name)> Legend,
    TextBlock Note,
    TextBlock Hidden,
    float Top,
    float Height)
    : PictureRow(Title, Top, Height)
{
    public float PlotTop => Top + PictureTheme.LanePadding + PictureTheme.EmotionPlotInset;

    public float PlotBottom => PlotTop + ((EmotionChart.Max - EmotionChart.Min) * PictureTheme.EmotionStep);
}

/// <summary>
/// Where everything goes: the picture's size, the header's text, the stage columns and every row with its text already
/// wrapped. The painters only draw what this decided.
/// </summary>
internal sealed class PictureLayout
{
    private PictureLayout(MapDocument document)
    {
        Document = document;
    }

    public MapDocument Document { get; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>The header's text (title, subtitle, goals, the empty map's hint).</summary>
    public IReadOnlyList<PlacedText> Header { get; private set; } = [];

    /// <summary>The box around the empty map's hint, if any.</summary>
    public SKRect? HintBox { get; private set; }

    public float GridLeft { get; } = PictureTheme.Margin + PictureTheme.TitleColumnWidth;

    public float GridRight => Width - PictureTheme.Margin;

    public float ColumnWidth { get; private set; }

    /// <summary>The stages drawn: all of them unless more than <see cref="PictureTheme.MaxWidth"/> allows.</summary>
    public int Stages { get; private set; }

    public float StageRowTop { get; private set; }

    public float StageRowHeight { get; private set; }

    public IReadOnlyList<TextBlock> StageNames { get; private set; } = [];

    /// <summary>The rows that fit the picture's height, top-down.</summary>
    public IReadOnlyList<PictureRow> Rows { get; private set; } = [];

    /// <summary>Whether rows were left out because the picture would have been taller than allowed.</summary>
    public bool Truncated { get; private set; }

    public float ColumnLeft(int stage) => GridLeft + (stage * ColumnWidth);

    public float ColumnCenter(int stage) => ColumnLeft(stage) + (ColumnWidth / 2);

    public static PictureLayout Of(MapDocument document, PictureText text)
    {
        ArgumentNullException.ThrowIfNull(document);
        var layout = new PictureLayout(document);
        layout.PlaceColumns();
        var top = layout.PlaceHeader(text);
        top = layout.PlaceStageRow(text, top + PictureTheme.SectionGap);
        layout.PlaceRows(text, top);
        return layout;
    }

    private void PlaceColumns()
    {
        var fixedWidth = (2 * PictureTheme.Margin) + PictureTheme.TitleColumnWidth;
        var count = Document.Stages.Count;
        var fits = (int)((PictureTheme.MaxWidth - fixedWidth) / PictureTheme.MinColumnWidth);
        Stages = Math.Min(count, fits);
        ColumnWidth = Stages == 0 ? 0 : Math.Max(PictureTheme.MinColumnWidth, MathF.Floor((PictureTheme.BaseWidth - fixedWidth) / Stages));
        Width = Math.Max(PictureTheme.BaseWidth, (int)MathF.Ceiling(fixedWidth + (Stages * ColumnWidth)));
    }

    private float PlaceHeader(PictureText text)
    {
        var x = PictureTheme.Margin;
        var width = Width - (2 * PictureTheme.Margin);
        var placed = new List<PlacedText>();
        var title = Place(placed, TextBlock.Wrap(text, Document.Title, TextStyle.Title, width, PictureTheme.TitleMaxLines), x, PictureTheme.Margin, PictureTheme.Text);
        var top = Place(placed, TextBlock.Wrap(text, Document.Subtitle, TextStyle.Subtitle, width, 1), x, title + 2, PictureTheme.Muted);
        if (Document.Goals.Count > 0)
        {
            top = Place(placed, TextBlock.Wrap(text, Document.Words[MapWord.Goals], TextStyle.Heading, width, 1), x, top + 10, PictureTheme.Text);
            foreach (var goal in Document.Goals.Take(PictureTheme.MaxGoals))
            {
                Place(placed, new TextBlock(["•"], TextStyle.Body, text.LineHeight(TextStyle.Body)), x + 4, top + 2, PictureTheme.Muted);
                top = Place(placed, TextBlock.Wrap(text, goal, TextStyle.Body, width - 18, PictureTheme.GoalMaxLines), x + 18, top + 2, PictureTheme.Text);
            }

            if (Document.Goals.Count > PictureTheme.MaxGoals)
            {
                var more = $"{TextWrapper.Ellipsis} +{(Document.Goals.Count - PictureTheme.MaxGoals).ToString(CultureInfo.InvariantCulture)}";
                top = Place(placed, new TextBlock([more], TextStyle.Small, text.LineHeight(TextStyle.Small)), x + 18, top + 2, PictureTheme.Muted);
            }
        }

        if (Document.IsEmpty)
        {
            var hint = TextBlock.Wrap(text, Document.Words[MapWord.EmptyMapHint], TextStyle.Heading, width - 32, PictureTheme.HintMaxLines);
            var boxTop = top + PictureTheme.SectionGap;
            var textBottom = Place(placed, hint, x + 16, boxTop + 12, PictureTheme.Text);
            HintBox = new SKRect(x, boxTop, x + width, textBottom + 12);
            top = textBottom + 12;
        }

        Header = placed;
        return top;
    }

    private float PlaceStageRow(PictureText text, float top)
    {
        StageRowTop = top;
        var names = Document.Stages.Take(Stages)
            .Select(stage => TextBlock.Wrap(text, stage.Name, TextStyle.StageName, ColumnWidth - (2 * PictureTheme.CellPadding) - 4, PictureTheme.StageNameMaxLines))
            .ToArray();
        StageNames = names;
        var tallest = names.Length == 0 ? text.LineHeight(TextStyle.StageName) : names.Max(name => name.Height);
        StageRowHeight = tallest + (2 * PictureTheme.LanePadding);
        return top + StageRowHeight + 4;
    }

    /// <summary>The persona lanes, the emotion chart, then the shared lanes; rows that would pass the height cap are left out.</summary>
    private void PlaceRows(PictureText text, float top)
    {
        var maxHeight = (int)Math.Min(PictureTheme.MaxHeight, PictureTheme.MaxPixels / Width);
        var personaLanes = Document.Lanes.TakeWhile(lane => lane.Kind == LaneKind.PersonaJourney).ToArray();
        IEnumerable<Func<float, PictureRow>> order =
        [
            .. personaLanes.Select(lane => (Func<float, PictureRow>)(at => Lane(lane, text, at))),
            at => Emotions(text, at),
            .. Document.Lanes.Skip(personaLanes.Length).Select(lane => (Func<float, PictureRow>)(at => Lane(lane, text, at))),
        ];
        var rows = new List<PictureRow>();
        foreach (var place in order)
        {
            var row = place(top);
            if (row.Bottom + PictureTheme.Margin > maxHeight)
            {
                Truncated = true;
                break;
            }

            rows.Add(row);
            top = row.Bottom;
        }

        Rows = rows;
        Height = (int)MathF.Ceiling(Math.Min(maxHeight, top + (Truncated ? 24 : 0) + PictureTheme.Margin));
    }

    private LaneRow Lane(MapLane lane, PictureText text, float top)
    {
        var title = Title(lane.Title, lane.Persona, text);
        var cellWidth = ColumnWidth - (2 * PictureTheme.CellPadding);
        var cells = lane.Cells.Take(Stages).Select(entries => CellLayout.Of(entries, lane.Kind, cellWidth, text)).ToArray();
        var strip = lane.Kind == LaneKind.Kpis && Document.Conversions.Any(conversion => conversion.ToStage < Stages) ? PictureTheme.ConversionStripHeight : 0;
        var content = Math.Max(title.Height + (strip > 0 ? text.LineHeight(TextStyle.Small) : 0), cells.Length == 0 ? 0 : cells.Max(cell => cell.Height));
        var general = GeneralCells(lane, cellWidth, text);
        var generalStrip = general.Length == 0 ? 0 : general.Max(cell => cell.Height) + (2 * PictureTheme.LanePadding);
        var height = Math.Max(PictureTheme.MinLaneHeight, content + (2 * PictureTheme.LanePadding) + strip) + generalStrip;
        var generalTitle = general.Length == 0
            ? string.Empty
            : TextWrapper.Fit(Document.Words[MapWord.WholeJourney], PictureTheme.TitleColumnWidth - (2 * PictureTheme.CellPadding), text.MeasureOf(TextStyle.SmallBold));
        return new LaneRow(lane, title, cells, strip, top, height) { General = general, GeneralStrip = generalStrip, GeneralTitle = generalTitle };
    }

    /// <summary>The lane's whole-journey entries dealt over the stage columns in turn, so the strip stays as low as it can.</summary>
    private CellBlock[] GeneralCells(MapLane lane, float cellWidth, PictureText text)
    {
        if (lane.General.Count == 0 || Stages == 0)
        {
            return [];
        }

        var columns = Math.Min(Stages, lane.General.Count);
        return
        [
            .. Enumerable.Range(0, columns).Select(column => CellLayout.Of(
                [.. lane.General.Where((_, index) => index % columns == column)], lane.Kind, cellWidth, text)),
        ];
    }

    private EmotionRow Emotions(PictureText text, float top)
    {
        var title = Title(Document.Words[MapWord.LaneEmotions], null, text);
        var legendWidth = PictureTheme.TitleColumnWidth - PictureTheme.CellPadding - 34 - PictureTheme.MarkerIndent;
        var legend = Document.Personas
            .Select(persona => (persona.Index, TextWrapper.Fit(persona.Name, legendWidth, text.MeasureOf(TextStyle.Small))))
            .ToArray();
        var noteWidth = Math.Max(ColumnWidth * Stages, GridRight - GridLeft) - (2 * PictureTheme.CellPadding);
        var note = TextBlock.Wrap(text, Document.Words[MapWord.EmotionLegend], TextStyle.Small, noteWidth, 2);
        var hidden = Document.Emotions.Revealed
            ? TextBlock.Empty(TextStyle.Body)
            : TextBlock.Wrap(
                text,
                string.Format(Culture(Document.LanguageTag), Document.Words[MapWord.EmotionsHidden], Document.Emotions.ScoresGiven),
                TextStyle.Body,
                Math.Min(520, noteWidth - 32),
                2);
        var plot = Stages == 0 ? 0 : (2 * PictureTheme.EmotionPlotInset) + ((EmotionChart.Max - EmotionChart.Min) * PictureTheme.EmotionStep) + 4 + note.Height;
        var legendHeight = title.Height + 6 + (legend.Length * text.LineHeight(TextStyle.Small));
        var height = Math.Max(PictureTheme.MinLaneHeight, (2 * PictureTheme.LanePadding) + Math.Max(legendHeight, plot));
        return new EmotionRow(title, legend, note, hidden, top, height);
    }

    private LaneTitle Title(string name, int? persona, PictureText text)
    {
        var indent = persona is null ? 0 : PictureTheme.MarkerIndent;
        var width = PictureTheme.TitleColumnWidth - (2 * PictureTheme.CellPadding) - indent;
        var subtitle = persona is null
            ? TextBlock.Empty(TextStyle.Small)
            : TextBlock.Wrap(text, Document.Words[MapWord.LaneJourneySubtitle], TextStyle.Small, width, 2);
        return new LaneTitle(TextBlock.Wrap(text, name, TextStyle.Heading, width, PictureTheme.LaneTitleMaxLines), subtitle, persona);
    }

    /// <summary>The map's culture ("en", "ko") for formatting its words; the invariant culture for a tag .NET does not know.</summary>
    private static CultureInfo Culture(string languageTag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(languageTag);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static float Place(List<PlacedText> placed, TextBlock block, float x, float top, SKColor color)
    {
        var text = new PlacedText(block, x, top, color);
        placed.Add(text);
        return text.Bottom;
    }
}
