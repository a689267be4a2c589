using System.Globalization;
using System.Resources;
using JourneyBot.Workshop;

namespace JourneyBot.Resources;

/// <summary>
/// The bot's words in one language, from BotText.resx (English) and BotText.ko.resx (Korean).
/// The culture is explicit, never the thread's: one process serves Korean and English conversations at once.
/// </summary>
public sealed partial class BotText
{
    private static readonly ResourceManager Resources = new("JourneyBot.Resources.BotText", typeof(BotText).Assembly);

    private readonly CultureInfo _culture;

    private BotText(Language language)
    {
        Language = language;
        _culture = language.Culture();
    }

    public static BotText English { get; } = new(Language.English);
    public static BotText Korean { get; } = new(Language.Korean);

    public static BotText For(Language language) => language == Language.Korean ? Korean : English;

    public Language Language { get; }

    /// <summary>The text of <paramref name="key"/>; a missing key is a build defect, caught by the resource tests.</summary>
    public string this[string key] =>
        Resources.GetString(key, _culture)
        ?? StepResources.Select(step => step.GetString(key, _culture)).FirstOrDefault(text => text is not null)
        ?? throw new KeyNotFoundException($"No text '{key}' in BotText.");

    /// <summary>The words of steps whose cards have many (a pair each, so each step's words change on their own).</summary>
    private static readonly ResourceManager[] StepResources =
        [.. new[] { "PersonasText", "StagesText", "TouchpointsText", "FeedbackText", "MapText" }.Select(name => new ResourceManager($"JourneyBot.Resources.{name}", typeof(BotText).Assembly))];

    /// <summary>The text of <paramref name="key"/> formatted; a Korean particle after a placeholder fits the value (<see cref="KoreanParticles"/>).</summary>
    public string Format(string key, params object[] args) => KoreanParticles.Format(_culture, this[key], args);

    public string StepName(WorkshopStep step) => this[$"Step{(int)step}"];

    public string StepOutput(WorkshopStep step) => this[$"Step{(int)step}Output"];

    public string StepLabel(WorkshopStep step) => Format("StepLabel", (int)step);
}
