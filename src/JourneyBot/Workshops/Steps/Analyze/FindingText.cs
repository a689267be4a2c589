using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.FeedbackAndData;

namespace JourneyBot.Workshops.Steps.Analyze;

/// <summary>
/// A finding as one sentence in the workshop's language: "Finding.{code}" formatted with its arguments in order, each
/// shown as the app shows it elsewhere (a stage's label, a persona's name, a percentage). On cards user text is escaped
/// and cut (<see cref="Sentence"/>); the map's outputs, which escape for themselves, take it as written (<see cref="PlainSentence"/>).
/// </summary>
public static class FindingText
{
    /// <summary>Names inside a finding's sentence are cut here, so thirty findings stay a readable card.</summary>
    private const int NameLength = 40;

    /// <summary>The finding's sentence, escaped for a card's markdown.</summary>
    public static string Sentence(BotText text, JourneyMap map, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(finding);
        return Format(text, map, finding, name => CardText.Shown(name, NameLength));
    }

    /// <summary>The same sentence in plain text, names whole and not escaped: for the map's picture, page and spreadsheets.</summary>
    public static string PlainSentence(BotText text, JourneyMap map, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(finding);
        return Format(text, map, finding, name => name);
    }

    /// <summary>"Pain point", "Bottleneck", ... in the workshop's language.</summary>
    public static string Group(BotText text, FindingGroup group)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"FindingGroup.{group}"];
    }

    private static string Format(BotText text, JourneyMap map, Finding finding, Func<string, string> shown)
    {
        var arguments = finding.Arguments.Select(argument => (object)Argument(text, map, argument, shown)).ToArray();
        return text.Format($"Finding.{finding.Code}", arguments);
    }

    /// <summary>"High", "Medium", "Low" in the workshop's language.</summary>
    public static string Severity(BotText text, FindingSeverity severity)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"FindingSeverity.{severity}"];
    }

    /// <summary>The finding's sentence with its severity in front, for a list: "**High** · …".</summary>
    public static string Line(BotText text, JourneyMap map, Finding finding) =>
        text.Format("FindingLine", Severity(text, finding.Severity), Sentence(text, map, finding));

    /// <summary>One argument as the sentence shows it; <paramref name="shown"/> turns the team's text (a name, a channel) into what the output shows.</summary>
    private static string Argument(BotText text, JourneyMap map, FindingArgument argument, Func<string, string> shown)
    {
        var culture = text.Language.Culture();
        return argument.Type switch
        {
            FindingArgumentType.Stage => map.Stages.FirstOrDefault(stage => stage.Id == argument.Text) is { } stage
                ? shown(text.StageName(map.Template, stage))
                : text["FindingUnknown"],
            FindingArgumentType.Persona => map.Personas.FirstOrDefault(persona => persona.Id == argument.Text) is { } persona
                ? shown(persona.Profile.Name)
                : text["FindingUnknown"],
            FindingArgumentType.Touchpoint => map.Touchpoints.FirstOrDefault(touchpoint => touchpoint.Id == argument.Text) is { } touchpoint
                ? shown(touchpoint.Details.Name)
                : text["FindingUnknown"],
            FindingArgumentType.Kpi => map.Kpis.FirstOrDefault(kpi => kpi.Id == argument.Text) is { } kpi
                ? shown(FeedbackLabels.KpiName(text, kpi))
                : text["FindingUnknown"],
            FindingArgumentType.Category => Enum.GetValues<TouchpointCategory>().FirstOrDefault(category => FindingKinds.CodeOf(category) == argument.Text) is var category
                && FindingKinds.CodeOf(category) == argument.Text
                    ? text.CategoryName(category)
                    : text["FindingUnknown"],
            FindingArgumentType.Channel => shown(argument.Text ?? string.Empty),
            FindingArgumentType.Period => argument.Text is { Length: > 0 } period ? shown(period) : text["FindingNoPeriod"],
            FindingArgumentType.Mean or FindingArgumentType.Score => Signed(argument.Number ?? 0, culture),
            FindingArgumentType.Spread => (argument.Number ?? 0).ToString("0.##", culture),
            FindingArgumentType.Satisfaction => FeedbackNumbers.Mean(text, argument.Number ?? 0),
            FindingArgumentType.Volume => FeedbackNumbers.Amount(text, argument.Number ?? 0),
            FindingArgumentType.Rate or FindingArgumentType.Share => FeedbackNumbers.Percent(text, argument.Number ?? 0),
            FindingArgumentType.Count => (argument.Number ?? 0).ToString("#,0", culture),
            _ => text["FindingUnknown"],
        };
    }

    /// <summary>An emotion mean or score with its sign: +1.5, -0.67, 0.</summary>
    private static string Signed(decimal value, CultureInfo culture) => value.ToString("+0.##;-0.##;0", culture);
}
