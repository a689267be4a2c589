using JourneyBot.Workshop;

namespace JourneyBot.Maps;

/// <summary>
/// The words of the map in one language. The app implements it from its resources, so translations live with the bot's other
/// text and this project holds none.
/// </summary>
public interface IMapWords
{
    /// <summary>"en" or "ko".</summary>
    string LanguageTag { get; }

    /// <summary>A fixed word of the outputs.</summary>
    string this[MapWord word] { get; }

    /// <summary>The stage's name: the team's when renamed or custom, else its template label.</summary>
    string Stage(StageTemplate stageTemplate, Stage stage);

    /// <summary>A KPI's name (a suggested KPI reads in this language).</summary>
    string Kpi(Kpi kpi);

    string MapType(MapType type);

    string Category(TouchpointCategory category);

    string Mode(ChannelMode mode);

    string Source(EvidenceSource source);

    string Backing(EvidenceBacking backing);

    /// <summary>Every source set, comma-separated; empty for none.</summary>
    string ResearchSources(ResearchSources sources);

    /// <summary>A number as this language writes it, e.g. "1,250" or "3.5".</summary>
    string Number(decimal value);

    /// <summary>A fraction as a percentage, e.g. 0.25 as "25%".</summary>
    string Percent(decimal fraction);

    /// <summary>An emotion mean with its sign and one decimal, e.g. "+1.5", "-0.3", "0.0".</summary>
    string Score(double mean);

    /// <summary>
    /// A step 6 finding as one sentence in this language, plain text (names as the team wrote them, not escaped): the same
    /// words the step 6 board shows.
    /// </summary>
    string Finding(JourneyMap map, Finding finding);

    /// <summary>"High", "Medium" or "Low".</summary>
    string Severity(FindingSeverity severity);

    /// <summary>The method's name of a finding's group, e.g. "Bottleneck".</summary>
    string FindingGroup(FindingGroup group);

    /// <summary>An impact x effort quadrant, e.g. "Quick wins".</summary>
    string Quadrant(IdeaQuadrant quadrant);

    /// <summary>A number of votes, e.g. "1 vote", "3 votes".</summary>
    string Votes(int count);
}
