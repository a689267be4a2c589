using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Exports;

/// <summary>
/// The map as a grid of text, stages as columns: what the workbook's first sheet and map.csv both hold, so they cannot disagree.
/// Text is as the team wrote it; each export cleans and escapes for its own format.
/// </summary>
/// <param name="Header">"Stage", then each stage's name.</param>
/// <param name="Body">A row per lane, an emotion row per persona once revealed, then the conversion row; each as wide as <paramref name="Header"/>.</param>
internal sealed record MapGrid(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Body)
{
    /// <summary>The header, then the body.</summary>
    public IEnumerable<IReadOnlyList<string>> Rows => Body.Prepend(Header);

    public static MapGrid Of(MapDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = document.Words;
        IReadOnlyList<string> header = [words[MapWord.Stage], .. document.Stages.Select(stage => stage.Name)];
        IReadOnlyList<string> Row(string title, Func<int, string> cell) =>
            [title, .. Enumerable.Range(0, document.Stages.Count).Select(cell)];

        var lanes = document.Lanes.Select(lane => Row(lane.Title, stage => Cell(stage < lane.Cells.Count ? lane.Cells[stage] : [])));
        var emotions = document.Emotions.Revealed
            ? document.Emotions.Series.Select(series => Row(
                $"{PersonaName(document, series.Persona)} · {words[MapWord.LaneEmotions]}",
                stage => stage < series.Points.Count && series.Points[stage] is { } point ? words.Score(point.Mean) : string.Empty))
            : [];
        var conversions = document.Conversions.ToDictionary(conversion => conversion.ToStage, conversion => conversion.Text);
        var conversion = Row(words[MapWord.Conversion], stage => conversions.GetValueOrDefault(stage, string.Empty));
        return new MapGrid(header, [.. lanes, .. emotions, conversion]);
    }

    /// <summary>A cell's entries, one per line, each as "Label: Text" when it has a label.</summary>
    private static string Cell(IReadOnlyList<MapEntry> entries) =>
        string.Join('\n', entries.Select(entry => string.IsNullOrEmpty(entry.Label) ? entry.Text : $"{entry.Label}: {entry.Text}"));

    private static string PersonaName(MapDocument document, int index) =>
        index >= 0 && index < document.Personas.Count ? document.Personas[index].Name : string.Empty;
}
