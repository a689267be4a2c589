using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Tests.Exports;

/// <summary>The sample maps as documents, in the words their teams use.</summary>
internal static class ExportMaps
{
    public static MapDocument Saas() => MapDocuments.Of(SampleMaps.SaasExample(), ResxMapWords.English);

    public static MapDocument Korean() => MapDocuments.Of(SampleMaps.Korean(), ResxMapWords.Korean);

    public static MapDocument Empty() => MapDocuments.Of(SampleMaps.Empty(), ResxMapWords.English);

    public static MapDocument Huge() => MapDocuments.Of(SampleMaps.Huge(), ResxMapWords.English);

    public static MapDocument Hostile() => MapDocuments.Of(SampleMaps.Hostile(), ResxMapWords.English);

    /// <summary>The grid as both exports store it: text as written, numbers invariant.</summary>
    public static List<List<string>> StoredGrid(MapDocument document) =>
        [.. Maps.Exports.MapGrid.Of(document).Rows.Select(row => row.Select(Stored).ToList())];

    /// <summary>A value as both exports store it: text as written, a number invariant.</summary>
    public static string Stored(MapValue value) =>
        value.Number is { } number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : value.Text;

    /// <summary>The grid's lane rows: one per lane, and a second for a step 6 lane with entries about the whole journey.</summary>
    public static IEnumerable<string> GridLaneTitles(MapDocument document) =>
        document.Lanes.SelectMany(lane => lane.General.Count > 0 && document.Stages.Count > 0
            ? [lane.Title, $"{lane.Title} · {document.Words[MapWord.WholeJourney]}"]
            : new[] { lane.Title });

    public static int GridLaneRows(MapDocument document) => GridLaneTitles(document).Count();

    public static TheoryData<string> All() => ["Saas", "Korean", "Empty", "Huge", "Hostile"];

    public static MapDocument Named(string name) => name switch
    {
        "Saas" => Saas(),
        "Korean" => Korean(),
        "Empty" => Empty(),
        "Huge" => Huge(),
        "Hostile" => Hostile(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary><paramref name="document"/> with the first lane's first cell holding <paramref name="entries"/> (needs a stage and a lane).</summary>
    public static MapDocument WithFirstCell(MapDocument document, params MapEntry[] entries)
    {
        var lane = document.Lanes[0];
        IReadOnlyList<IReadOnlyList<MapEntry>> cells = [entries, .. lane.Cells.Skip(1)];
        return document with { Lanes = [lane with { Cells = cells }, .. document.Lanes.Skip(1)] };
    }

    /// <summary><paramref name="document"/> with one more list, keyed "extra".</summary>
    public static MapDocument WithTable(MapDocument document, string title, IReadOnlyList<string> columns, params IReadOnlyList<MapValue>[] rows) =>
        document with { Tables = [.. document.Tables, new MapTable("extra", title, columns, rows)] };
}
