using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Tests.Exports;

/// <summary>The sample maps as documents, in the words their teams use.</summary>
internal static class ExportMaps
{
    public static MapDocument Saas() => MapDocumentBuilder.Build(SampleMaps.SaasExample(), ResxMapWords.English);

    public static MapDocument Korean() => MapDocumentBuilder.Build(SampleMaps.Korean(), ResxMapWords.Korean);

    public static MapDocument Empty() => MapDocumentBuilder.Build(SampleMaps.Empty(), ResxMapWords.English);

    public static MapDocument Huge() => MapDocumentBuilder.Build(SampleMaps.Huge(), ResxMapWords.English);

    public static MapDocument Hostile() => MapDocumentBuilder.Build(SampleMaps.Hostile(), ResxMapWords.English);

    /// <summary>The grid as both exports store it: text as written, numbers invariant.</summary>
    public static List<List<string>> StoredGrid(MapDocument document) =>
        [.. Maps.Exports.MapGrid.Of(document).Rows.Select(row => row.Select(Stored).ToList())];

    /// <summary>A value as both exports store it: text as written, a number invariant.</summary>
    public static string Stored(MapValue value) =>
        value.Number is { } number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : value.Text;

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
