using BenchmarkDotNet.Attributes;
using JourneyBot.Maps.Exports;
using JourneyBot.Maps.Model;
using JourneyBot.Maps.Page;
using JourneyBot.Maps.Picture;
using JourneyBot.Maps.Tests;
using JourneyBot.Workshop;

namespace JourneyBot.Benchmarks;

/// <summary>
/// What one render of the Korean 5 personas x 8 stages map costs, per output the app serves behind a signed link. The app
/// builds the document and one output per render (SharedMaps/MapRenders), so each output's figure here excludes the build.
/// </summary>
[MemoryDiagnoser]
public class MapBenchmarks : IDisposable
{
    /// <summary>Links like the app's, so the page is as long as the one people open.</summary>
    internal static readonly MapPageLinks PageLinks = new(
        "https://journeybot.example/maps/w0123456789abcdef/latest/map.xlsx?expires=1798761600&sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "https://journeybot.example/maps/w0123456789abcdef/latest/map-lists.zip?expires=1798761600&sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

    private readonly JourneyMap _map = SampleMaps.Korean();
    private readonly MapDocument _document;
    private readonly MapPictureRenderer _picture = new();

    public MapBenchmarks() => _document = MapDocuments.Of(_map, ResxMapWords.Korean);

    [Benchmark(Description = "document build")]
    public MapDocument BuildDocument() => MapDocuments.Of(_map, ResxMapWords.Korean);

    [Benchmark(Description = "PNG")]
    public byte[] RenderPicture() => _picture.Render(_document);

    [Benchmark(Description = "HTML page")]
    public string RenderPage() => MapPage.Render(_document, PageLinks);

    [Benchmark(Description = "XLSX")]
    public byte[] WriteWorkbook() => MapWorkbook.Write(_document);

    [Benchmark(Description = "CSV zip")]
    public byte[] WriteCsvZip() => MapCsv.WriteZip(_document);

    public void Dispose()
    {
        _picture.Dispose();
        GC.SuppressFinalize(this);
    }
}
