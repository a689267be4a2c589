using System.Globalization;
using System.Xml.Linq;
using JourneyBot.Workshop;

namespace JourneyBot.Maps.Tests;

/// <summary>
/// The map's words read from the app's MapText, AnalysisText and VersionsText resources (copied beside the tests), with plain catalog
/// labels. Findings are worded from the same "Finding.{code}" texts as the app, with plain arguments (no particle fitting).
/// </summary>
internal sealed class ResxMapWords : IMapWords
{
    private readonly Dictionary<string, string> _words;
    private readonly CultureInfo _culture;

    private ResxMapWords(string languageTag, params string[] files)
    {
        LanguageTag = languageTag;
        _culture = CultureInfo.GetCultureInfo(languageTag);
        _words = files
            .SelectMany(file => XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Words", file)).Descendants("data"))
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!);
    }

    public static ResxMapWords English { get; } = new("en", "MapText.resx", "AnalysisText.resx", "VersionsText.resx");

    public static ResxMapWords Korean { get; } = new("ko", "MapText.ko.resx", "AnalysisText.ko.resx", "VersionsText.ko.resx");

    public string LanguageTag { get; }

    /// <summary>"Map.{word}", else the versions card's text of the word's own name (the comparison's parts, as the app's BotMapWords).</summary>
    public string this[MapWord word] => _words.TryGetValue($"Map.{word}", out var text) ? text : _words[word.ToString()];

    public string Stage(StageTemplate stageTemplate, Stage stage) => stage.Name ?? stage.Key ?? stage.Id;

    public string Kpi(Kpi kpi) => kpi.Details.Name;

    public string MapType(MapType type) => type.ToString();

    public string Category(TouchpointCategory category) => category.ToString();

    public string Mode(ChannelMode mode) => LanguageTag == "ko" ? (mode == ChannelMode.Online ? "온라인" : "오프라인") : mode.ToString();

    public string Source(EvidenceSource source) => source.ToString();

    public string Backing(EvidenceBacking backing) => backing.ToString();

    public string ResearchSources(ResearchSources sources) => sources == Workshop.ResearchSources.None ? string.Empty : sources.ToString();

    public string Number(decimal value) => value.ToString("#,0.####", _culture);

    public string Percent(decimal fraction) => fraction.ToString("#,0.#%", _culture);

    public string Score(double mean) => mean.ToString("+0.0;-0.0;0.0", _culture);

    public string Finding(JourneyMap map, Finding finding) =>
        string.Format(_culture, _words[$"Finding.{finding.Code}"], [.. finding.Arguments.Select(argument => (object)Argument(map, argument))]);

    public string Severity(FindingSeverity severity) => _words[$"FindingSeverity.{severity}"];

    public string FindingGroup(FindingGroup group) => _words[$"FindingGroup.{group}"];

    public string Quadrant(IdeaQuadrant quadrant) => _words[$"Quadrant.{quadrant}"];

    public string Votes(int count)
    {
        var forms = _words["VotesCount"].Split('|');
        return string.Format(_culture, forms.Length == 2 && count != 1 ? forms[1] : forms[0], count);
    }

    private string Argument(JourneyMap map, FindingArgument argument) => argument.Type switch
    {
        FindingArgumentType.Stage => map.Stages.FirstOrDefault(stage => stage.Id == argument.Text) is { } stage ? Stage(map.Template, stage) : "?",
        FindingArgumentType.Persona => map.Personas.FirstOrDefault(persona => persona.Id == argument.Text)?.Profile.Name ?? "?",
        FindingArgumentType.Touchpoint => map.Touchpoints.FirstOrDefault(touchpoint => touchpoint.Id == argument.Text)?.Details.Name ?? "?",
        FindingArgumentType.Kpi => map.Kpis.FirstOrDefault(kpi => kpi.Id == argument.Text)?.Details.Name ?? "?",
        FindingArgumentType.Category or FindingArgumentType.Channel or FindingArgumentType.Period => argument.Text ?? string.Empty,
        FindingArgumentType.Mean or FindingArgumentType.Score => (argument.Number ?? 0).ToString("+0.##;-0.##;0", _culture),
        FindingArgumentType.Rate or FindingArgumentType.Share => Percent(argument.Number ?? 0),
        _ => Number(argument.Number ?? 0),
    };
}
