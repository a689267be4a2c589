using System.Collections;
using System.Collections.Frozen;
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

    /// <summary>
    /// Every text of this language, looked up once: a card reads dozens of texts, and a ResourceManager lookup of a step's
    /// word first misses in BotText and walks its culture fallback, which showed in profiles of a click.
    /// </summary>
    private readonly Lazy<FrozenDictionary<string, string>> _texts;

    private BotText(Language language)
    {
        Language = language;
        _culture = language.Culture();
        _texts = new(AllTexts, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static BotText English { get; } = new(Language.English);
    public static BotText Korean { get; } = new(Language.Korean);

    public static BotText For(Language language) => language == Language.Korean ? Korean : English;

    public Language Language { get; }

    /// <summary>The text of <paramref name="key"/>; a missing key is a build defect, caught by the resource tests.</summary>
    public string this[string key] =>
        _texts.Value.TryGetValue(key, out var text) ? text : Lookup(key) ?? throw new KeyNotFoundException($"No text '{key}' in BotText.");

    /// <summary>What ResourceManager says for <paramref name="key"/>: BotText first, then the steps' words in order.</summary>
    private string? Lookup(string key) =>
        Resources.GetString(key, _culture) ?? StepResources.Select(step => step.GetString(key, _culture)).FirstOrDefault(text => text is not null);

    /// <summary>Every key of the neutral (English) resources, with its text in this language, exactly as <see cref="Lookup"/> gives it.</summary>
    private FrozenDictionary<string, string> AllTexts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var manager in StepResources.Prepend(Resources))
        {
            foreach (DictionaryEntry entry in manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!)
            {
                if (entry.Key is string key && !texts.ContainsKey(key) && Lookup(key) is { } text)
                {
                    texts[key] = text;
                }
            }
        }

        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The words of steps whose cards have many (a pair each, so each step's words change on their own).</summary>
    private static readonly ResourceManager[] StepResources =
        [.. new[] { "PersonasText", "StagesText", "TouchpointsText", "FeedbackText", "MapText", "AnalysisText", "ActionText", "ReminderText", "VersionsText" }.Select(name => new ResourceManager($"JourneyBot.Resources.{name}", typeof(BotText).Assembly))];

    /// <summary>The text of <paramref name="key"/> formatted; a Korean particle after a placeholder fits the value (<see cref="KoreanParticles"/>).</summary>
    public string Format(string key, params object[] args) => KoreanParticles.Format(_culture, this[key], args);

    /// <summary>
    /// The text of <paramref name="key"/> for <paramref name="count"/> things, formatted with <paramref name="args"/> (which
    /// hold the count wherever the text shows it). Every text that shows a count goes through here, never "(s)".
    /// </summary>
    public string Counted(string key, long count, params object[] args) => KoreanParticles.Format(_culture, PluralForm(this[key], count), args);

    /// <summary>
    /// The form of <paramref name="forms"/> for <paramref name="count"/>. A counted text is "one|other" in English
    /// ("{0:N0} KPI|{0:N0} KPIs"): the first form for exactly one, the second for any other count, zero included. Korean
    /// has no plural, so its texts give one form, used for every count. A text whose zero reads better in words
    /// ("no touchpoints yet") is a key of its own, chosen by the caller.
    /// </summary>
    /// <exception cref="FormatException">More than two forms: a resource defect, caught by the resource tests.</exception>
    public static string PluralForm(string forms, long count)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var parts = forms.Split(PluralSeparator);
        return parts.Length switch
        {
            1 => parts[0],
            2 => count == 1 ? parts[0] : parts[1],
            _ => throw new FormatException($"A counted text has one form or two (one|other), not {parts.Length}: '{forms}'."),
        };
    }

    /// <summary>Separates the singular and plural forms of a counted text.</summary>
    public const char PluralSeparator = '|';

    public string StepName(WorkshopStep step) => this[$"Step{(int)step}"];

    public string StepOutput(WorkshopStep step) => this[$"Step{(int)step}Output"];

    public string StepLabel(WorkshopStep step) => Format("StepLabel", (int)step);
}
