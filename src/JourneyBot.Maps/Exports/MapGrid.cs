using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Exports;

/// <summary>
/// The map as a grid, stages as columns: what the workbook's first sheet and map.csv both hold, so they cannot disagree.
/// Text is as the team wrote it; each export cleans and escapes for its own format. The only numbers are the emotion means.
/// </summary>
/// <param name="Header">"Stage", then each stage's name.</param>
/// <param name="Body">
/// A row per lane (and for a step 6 lane with entries about the whole journey, a second row with them in the first stage's
/// column), an emotion row per persona once revealed, then the conversion row; each as wide as <paramref name="Header"/>.
/// </param>
internal sealed record MapGrid(IReadOnlyList<MapValue> Header, IReadOnlyList<IReadOnlyList<MapValue>> Body)
{
    /// <summary>The header, then the body.</summary>
    public IEnumerable<IReadOnlyList<MapValue>> Rows => Body.Prepend(Header);

    public static MapGrid Of(MapDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = document.Words;
        IReadOnlyList<MapValue> header = [words[MapWord.Stage], .. document.Stages.Select(stage => (MapValue)stage.Name)];
        IReadOnlyList<MapValue> Row(string title, Func<int, MapValue> cell) =>
            [title, .. Enumerable.Range(0, document.Stages.Count).Select(cell)];

        // A step 6 lane's entries about the whole journey get a row of their own, all in its first stage column.
        var lanes = document.Lanes.SelectMany(lane => lane.General.Count == 0 || document.Stages.Count == 0
            ? [Row(lane.Title, stage => Cell(stage < lane.Cells.Count ? lane.Cells[stage] : []))]
            : new[]
            {
                Row(lane.Title, stage => Cell(stage < lane.Cells.Count ? lane.Cells[stage] : [])),
                Row($"{lane.Title} · {words[MapWord.WholeJourney]}", stage => stage == 0 ? Cell(lane.General) : MapValue.Empty),
            });
        var emotions = document.Emotions.Revealed
            ? document.Emotions.Series.Select(series => Row(
                $"{PersonaName(document, series.Persona)} · {words[MapWord.LaneEmotions]}",
                stage => stage < series.Points.Count && series.Points[stage] is { } point ? Score(words, point.Mean) : MapValue.Empty))
            : [];
        var conversions = document.Conversions.ToDictionary(conversion => conversion.ToStage, conversion => conversion.Text);
        var conversion = Row(words[MapWord.Conversion], stage => conversions.GetValueOrDefault(stage, string.Empty));
        return new MapGrid(header, [.. lanes, .. emotions, conversion]);
    }

    /// <summary>A cell's entries, one per line, each as "Label: Text" when it has a label.</summary>
    private static MapValue Cell(IReadOnlyList<MapEntry> entries) =>
        string.Join('\n', entries.Select(entry => string.IsNullOrEmpty(entry.Label) ? entry.Text : $"{entry.Label}: {entry.Text}"));

    /// <summary>
    /// The mean as the map shows it ("+1.5") and as a number rounded the same way (1.5), so spreadsheets can chart it and
    /// the CSV's formula guard leaves "-0.3" a number instead of text behind an apostrophe.
    /// </summary>
    private static MapValue Score(IMapWords words, double mean) =>
        new(words.Score(mean), Math.Round((decimal)mean, 1, MidpointRounding.AwayFromZero));

    private static string PersonaName(MapDocument document, int index) =>
        index >= 0 && index < document.Personas.Count ? document.Personas[index].Name : string.Empty;
}
