using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Maps.Model;
using JourneyBot.Resources;

namespace JourneyBot.Workshops.Steps.Visualize;

/// <summary>
/// The map at a glance as an Adaptive Card <c>Table</c>: stages as columns; once the scores are revealed, a row per persona
/// with the team's emotion mean and its trend from the previous stage; then the top pain point, the touchpoints, the first KPI and the
/// conversion into each stage. At most <see cref="MaxStages"/> stages and <see cref="MaxPersonas"/> personas, and short
/// texts, so the card stays far under Teams' 28 KB; the picture and the page show the rest.
/// </summary>
public static class MapSummary
{
    public const int MaxStages = 8;
    public const int MaxPersonas = 5;
    private const int CellTextLength = 40;

    public static IEnumerable<CardElement> Of(MapDocument document, BotText text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(text);
        if (document.IsEmpty)
        {
            yield break;
        }

        var stages = document.Stages.Take(MaxStages).ToArray();
        var rows = new List<TableRow> { Row(text["Map.Stage"], stages.Select(stage => Shown(stage.Name))) };
        if (document.Emotions.Revealed)
        {
            // Before the reveal there is no row at all: the card's "not on the map yet" line says the scores are missing.
            rows.AddRange(document.Emotions.Series.Take(MaxPersonas).Select(series => Row(
                Shown(document.Personas[series.Persona].Name),
                stages.Select((_, index) => Emotion(document, series, index)))));
        }

        rows.Add(Row(text["MapRowTopPainPoint"], Lane(document, LaneKind.PainPoints, stages.Length).Select(cell => cell.Count > 0 ? Shown(cell[0].Text) : "–")));
        rows.Add(Row(text["MapRowTouchpoints"], Lane(document, LaneKind.Touchpoints, stages.Length).Select(cell => Count(text, cell))));
        rows.Add(Row(text["MapRowKpi"], Lane(document, LaneKind.Kpis, stages.Length).Select(cell => cell.Count > 0 ? Shown(cell[0].Text) : "–")));
        rows.Add(Row(text["MapRowConversion"], stages.Select((_, index) => document.Conversions.FirstOrDefault(conversion => conversion.ToStage == index) is { } into ? $"→ {into.Text}" : "–")));

        yield return CardParts.MinorHeading(text["MapSummaryHeading"]);
        yield return new Table([new TableColumn(3), .. stages.Select(_ => new TableColumn(2))], rows) { Spacing = Spacing.Small };
        if (document.Stages.Count > MaxStages)
        {
            yield return CardParts.Subtle(text.Counted("MapMoreStages", document.Stages.Count - MaxStages, document.Stages.Count - MaxStages));
        }
    }

    private static IEnumerable<IReadOnlyList<MapEntry>> Lane(MapDocument document, LaneKind kind, int stages) =>
        document.Lanes.First(lane => lane.Kind == kind).Cells.Take(stages);

    private static string Count(BotText text, IReadOnlyList<MapEntry> touchpoints) =>
        touchpoints.Count == 0
            ? "–"
            : text.Format("MapTouchpointCount", touchpoints.Count, touchpoints.Count(entry => entry.Mark == EntryMark.Online));

    /// <summary>"+1.3 ↗": the mean and where it went from the previous stage (a change under half a point is level).</summary>
    private static string Emotion(MapDocument document, EmotionSeries series, int index)
    {
        if (series.Points[index] is not { } point)
        {
            return "–";
        }

        var trend = index > 0 && series.Points[index - 1] is { } previous
            ? (point.Mean - previous.Mean) switch { >= 0.5 => " ↗", <= -0.5 => " ↘", _ => " →" }
            : string.Empty;
        return document.Words.Score(point.Mean) + trend;
    }

    /// <summary>A row: the heading, then one cell per stage. Cells are shown as given: what people wrote goes through <see cref="Shown"/>.</summary>
    private static TableRow Row(string heading, IEnumerable<string> cells) =>
        new([Cell(heading, TextWeight.Bolder), .. cells.Select(cell => Cell(cell, null))]);

    /// <summary>Text people wrote, shortened to fit a cell and escaped (the numbers and arrows the bot writes need neither).</summary>
    private static string Shown(string text) => CardText.Shown(text, CellTextLength);

    private static TableCell Cell(string shown, TextWeight? weight) =>
        new([new TextBlock(shown) { Size = TextSize.Small, Weight = weight }]);
}
