using BenchmarkDotNet.Attributes;
using JourneyBot.Maps.Model;
using JourneyBot.Maps.Tests;
using JourneyBot.Workshop;

namespace JourneyBot.Benchmarks;

/// <summary>
/// Step 6 on the largest map (20 stages, 10 personas, every cell and score filled, 40 ideas after the vote): the analysis
/// every step 6 board render runs on the map the turn loaded, and the map document that adds its findings and ideas.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private readonly JourneyMap _map = SampleMaps.KoreanHuge();
    private readonly MapAnalysis _analysis;

    public AnalysisBenchmarks() => _analysis = MapAnalysis.Of(_map, AnalysisThresholds.Default);

    public int Findings => _analysis.Findings.Count;

    [Benchmark(Description = "analysis, largest map")]
    public MapAnalysis Analyze() => MapAnalysis.Of(_map, AnalysisThresholds.Default);

    [Benchmark(Description = "document build with step 6, largest map")]
    public MapDocument BuildDocument() => MapDocumentBuilder.Build(_map, ResxMapWords.Korean, _analysis);
}
