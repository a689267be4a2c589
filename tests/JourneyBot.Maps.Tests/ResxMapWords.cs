using System.Globalization;
using System.Xml.Linq;
using JourneyBot.Workshop;

namespace JourneyBot.Maps.Tests;

/// <summary>The map's words read from the app's MapText resources (copied beside the tests), with plain catalog labels.</summary>
internal sealed class ResxMapWords : IMapWords
{
    private readonly Dictionary<string, string> _words;
    private readonly CultureInfo _culture;

    private ResxMapWords(string languageTag, string file)
    {
        LanguageTag = languageTag;
        _culture = CultureInfo.GetCultureInfo(languageTag);
        _words = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Words", file))
            .Descendants("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!);
    }

    public static ResxMapWords English { get; } = new("en", "MapText.resx");

    public static ResxMapWords Korean { get; } = new("ko", "MapText.ko.resx");

    public string LanguageTag { get; }

    public string this[MapWord word] => _words[$"Map.{word}"];

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
}
