using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Steps.FeedbackAndData;

/// <summary>How step 4 names what it shows: stages, KPIs and the conversion between stages, escaped for a card.</summary>
public static class FeedbackLabels
{
    /// <summary>Names of stages, KPIs and touchpoints on step 4's cards are cut here; step 2 and 3 show the whole name.</summary>
    public const int ShownNameLength = 50;

    /// <summary>The stage's label (the team's name, else its template label), escaped and cut to <paramref name="length"/>.</summary>
    public static string Stage(BotText text, JourneyMap map, Stage stage, int length = ShownNameLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        return CardText.Shown(text.StageName(map.Template, stage), length);
    }

    /// <summary>
    /// A KPI's name: a suggested KPI whose name is still the suggestion (in either language) reads in the workshop's
    /// language, so switching the language relabels it; a name the team changed stays theirs. Not escaped.
    /// </summary>
    public static string KpiName(BotText text, Kpi kpi)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(kpi);
        var name = kpi.Details.Name;
        return kpi.Details.SuggestionKey is { } key && KpiSuggestions.AllKeys.Contains(key)
            && (name == BotText.English.KpiSuggestion(key) || name == BotText.Korean.KpiSuggestion(key))
            ? text.KpiSuggestion(key)
            : name;
    }

    /// <summary>"Awareness → Consideration: 25% move on, 75% drop off (1,000 → 250)", or why there is no rate.</summary>
    public static string Conversion(BotText text, JourneyMap map, StageConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(conversion);
        var from = StageById(text, map, conversion.FromStageId);
        var to = StageById(text, map, conversion.ToStageId);
        return conversion is { ConversionRate: { } rate, DropOffRate: { } dropOff }
            ? text.Format("FeedbackConversion", from, to, FeedbackNumbers.Percent(text, rate), FeedbackNumbers.Percent(text, dropOff),
                FeedbackNumbers.Amount(text, conversion.FromVolume), FeedbackNumbers.Amount(text, conversion.ToVolume))
            : text.Format("FeedbackConversionNoRate", from, to);
    }

    /// <summary>The same below a stage on the board, where the next stage is the next line: "↓ 25% move on, 75% drop off (1,000 → 250)".</summary>
    public static string ConversionToNext(BotText text, StageConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(conversion);
        return conversion is { ConversionRate: { } rate, DropOffRate: { } dropOff }
            ? text.Format("FeedbackConversionNext", FeedbackNumbers.Percent(text, rate), FeedbackNumbers.Percent(text, dropOff),
                FeedbackNumbers.Amount(text, conversion.FromVolume), FeedbackNumbers.Amount(text, conversion.ToVolume))
            : text["FeedbackConversionNextNoRate"];
    }

    /// <summary>Every rating of the stage's touchpoints: how many, and their mean to two places (null when none).</summary>
    public static (int Count, decimal? Mean) StageSatisfaction(JourneyMap map, string stageId)
    {
        ArgumentNullException.ThrowIfNull(map);
        var touchpoints = map.TouchpointsIn(stageId).Select(touchpoint => touchpoint.Id).ToHashSet(StringComparer.Ordinal);
        var scores = map.SatisfactionRatings.Where(rating => touchpoints.Contains(rating.TouchpointId)).Select(rating => (decimal)rating.Score).ToArray();
        return (scores.Length, scores.Length == 0 ? null : Math.Round(scores.Average(), 2));
    }

    /// <summary>Conversions are only ever between stages of the map, so the stage is there.</summary>
    private static string StageById(BotText text, JourneyMap map, string stageId) => Stage(text, map, map.Stages.First(stage => stage.Id == stageId));
}
