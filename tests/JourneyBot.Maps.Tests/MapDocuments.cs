using JourneyBot.Maps.Model;
using JourneyBot.Workshop;

namespace JourneyBot.Maps.Tests;

/// <summary>Documents as the app builds them: with step 6's analysis at the method's default thresholds.</summary>
internal static class MapDocuments
{
    public static MapDocument Of(JourneyMap map, IMapWords words) => MapDocumentBuilder.Build(map, words, MapAnalysis.Of(map, AnalysisThresholds.Default));
}
