using System.Collections.Frozen;
using System.Globalization;
using JourneyBot.Maps;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.Analyze;
using JourneyBot.Workshops.Steps.FeedbackAndData;

namespace JourneyBot.SharedMaps;

/// <summary>
/// The map's words from the bot's own resources (MapText.resx, the catalog, step 6's AnalysisText.resx through
/// <see cref="FindingText"/>, so a finding reads on the map as on the step 6 board, and the versions card's words for the
/// comparison's parts), in the workshop's language.
/// </summary>
public sealed class BotMapWords(BotText text) : IMapWords
{
    /// <summary>The comparison's parts are the versions card's words (VersionsText.resx, same names), so the card and the outputs say the same.</summary>
    private static readonly FrozenSet<MapWord> VersionsCardWords = FrozenSet.ToFrozenSet(
    [
        MapWord.ComparisonKpis,
        MapWord.ComparisonNoKpis,
        MapWord.ComparisonEmotions,
        MapWord.ComparisonNoEmotions,
        MapWord.ComparisonNewPainPoints,
        MapWord.ComparisonGonePainPoints,
        MapWord.ComparisonActionsDone,
        MapWord.ComparisonActionsDropped,
        MapWord.ComparisonNone,
    ]);

    public string LanguageTag => text.Language == Language.Korean ? "ko" : "en";

    public string this[MapWord word] => VersionsCardWords.Contains(word) ? text[word.ToString()] : text[$"Map.{word}"];

    public string Stage(StageTemplate stageTemplate, Stage stage) => text.StageName(stageTemplate, stage);

    public string Kpi(Kpi kpi) => FeedbackLabels.KpiName(text, kpi);

    public string MapType(MapType type) => text.MapTypeName(type);

    public string Category(TouchpointCategory category) => text.CategoryName(category);

    public string Mode(ChannelMode mode) => text.ModeName(mode);

    public string Source(EvidenceSource source) => text.SourceName(source);

    public string Backing(EvidenceBacking backing) => text.BackingName(backing);

    public string ResearchSources(ResearchSources sources) => text.ResearchSourceNames(sources);

    public string Number(decimal value) => FeedbackNumbers.Amount(text, value);

    public string Percent(decimal fraction) => FeedbackNumbers.Percent(text, fraction);

    public string Score(double mean) => mean.ToString("+0.0;-0.0;0.0", text.Language.Culture());

    public string Finding(JourneyMap map, Finding finding) => FindingText.PlainSentence(text, map, finding);

    public string Severity(FindingSeverity severity) => FindingText.Severity(text, severity);

    public string FindingGroup(FindingGroup group) => FindingText.Group(text, group);

    public string Quadrant(IdeaQuadrant quadrant) => text[$"Quadrant.{quadrant}"];

    public string Votes(int count) => text.Counted("VotesCount", count, count);
}
