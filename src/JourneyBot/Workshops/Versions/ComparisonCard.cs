using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;
using JourneyBot.Workshops.Steps.Analyze;
using JourneyBot.Workshops.Steps.FeedbackAndData;

namespace JourneyBot.Workshops.Versions;

/// <summary>
/// Two versions side by side (docs/method.md, Step 7): KPI values and their change, revealed emotion means per persona x stage
/// that changed, pain points new and gone, actions done and dropped. Each part shows its first lines and says how many
/// more, so the card stays under 28 KB whatever the maps hold.
/// </summary>
public static class ComparisonCard
{
    private const int NameLength = 30;
    private const int KpiLines = 20;
    private const int EmotionLines = 20;
    private const int PainPointLines = 8;
    private const int ActionLines = 10;

    public static AdaptiveCard Build(StepView view, VersionComparison comparison)
    {
        var text = view.Text;
        var (older, newer) = (comparison.Older, comparison.Newer);
        var title = older.Map.Id == newer.Map.Id
            ? text.Format("ComparisonTitle", older.Number, newer.Number)
            : text.Format("ComparisonTitleOtherMap", CardText.Shown(older.Map.Name, NameLength), older.Number, CardText.Shown(newer.Map.Name, NameLength), newer.Number);
        var body = new List<CardElement>(FormCard.Heading(view, title))
        {
            CardParts.Subtle(text.Format("ComparisonDates", VersionsCard.Date(older.FinishedAt), VersionsCard.Date(newer.FinishedAt)), Spacing.None),
        };

        Section(body, text["ComparisonKpis"], text["ComparisonNoKpis"], comparison.Kpis, KpiLines, kpi => Kpi(text, comparison, kpi), text);
        var changedEmotions = comparison.Emotions.Where(emotion => emotion.Change is not 0m).ToList();
        Section(body, text["ComparisonEmotions"], text["ComparisonNoEmotions"], changedEmotions, EmotionLines, emotion => Emotion(text, comparison, emotion), text);
        Section(body, text["ComparisonNewPainPoints"], text["ComparisonNone"], comparison.NewPainPoints, PainPointLines, finding => FindingText.Sentence(text, newer.Map, finding), text);
        Section(body, text["ComparisonGonePainPoints"], text["ComparisonNone"], comparison.GonePainPoints, PainPointLines, finding => FindingText.Sentence(text, older.Map, finding), text);
        Section(body, text["ComparisonActionsDone"], text["ComparisonNone"], comparison.ActionsDone, ActionLines, action => CardText.Shown(action.Details.Title, 60), text);
        Section(body, text["ComparisonActionsDropped"], text["ComparisonNone"], comparison.ActionsDropped, ActionLines, action => CardText.Shown(action.Details.Title, 60), text);
        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(text["VersionsButton"], VersionsVerbs.ShowVersions, ButtonData.For(view.Map)), BoardButtons.Back(view)],
        };
    }

    private static void Section<T>(List<CardElement> body, string heading, string none, IReadOnlyList<T> items, int shown, Func<T, string> line, BotText text)
    {
        body.Add(CardParts.MinorHeading(heading));
        if (items.Count == 0)
        {
            body.Add(CardParts.Subtle(none, Spacing.None));
            return;
        }

        body.Add(new TextBlock(string.Join("\n\n", items.Take(shown).Select(item => "· " + line(item)))) { Spacing = Spacing.None });
        if (items.Count > shown)
        {
            body.Add(CardParts.Note(text.Counted("ComparisonMore", items.Count - shown, items.Count - shown), Spacing.None));
        }
    }

    private static string Kpi(BotText text, VersionComparison comparison, KpiChange kpi)
    {
        var stage = StageLabel(text, comparison, kpi.StageId);
        var name = CardText.Shown(kpi.Name, NameLength);
        return (kpi.Before, kpi.After) switch
        {
            ({ } before, { } after) => text.Format("ComparisonKpiLine", stage, name, Amount(text, before), Amount(text, after), Signed(text, after - before)),
            (null, { } after) => text.Format("ComparisonKpiAdded", stage, name, Amount(text, after)),
            ({ } before, null) => text.Format("ComparisonKpiRemoved", stage, name, Amount(text, before)),
            _ => string.Empty,
        };
    }

    private static string Emotion(BotText text, VersionComparison comparison, EmotionChange emotion)
    {
        var persona = (comparison.Newer.Map.Personas.FirstOrDefault(p => p.Id == emotion.PersonaId) ?? comparison.Older.Map.Personas.FirstOrDefault(p => p.Id == emotion.PersonaId))
            is { } found ? CardText.Shown(found.Profile.Name, NameLength) : text["FindingUnknown"];
        var stage = StageLabel(text, comparison, emotion.StageId);
        var culture = text.Language.Culture();
        string Mean(decimal? mean) => mean is { } value ? value.ToString("+0.##;-0.##;0", culture) : text["ComparisonNotRevealed"];
        return emotion.Change is { } change
            ? text.Format("ComparisonEmotionLine", persona, stage, Mean(emotion.Before), Mean(emotion.After), change.ToString("+0.##;-0.##;0", culture))
            : text.Format("ComparisonEmotionOneSide", persona, stage, Mean(emotion.Before), Mean(emotion.After));
    }

    private static string StageLabel(BotText text, VersionComparison comparison, string stageId)
    {
        var (map, stage) = comparison.Newer.Map.Stages.FirstOrDefault(s => s.Id == stageId) is { } inNewer
            ? (comparison.Newer.Map, inNewer)
            : (comparison.Older.Map, comparison.Older.Map.Stages.FirstOrDefault(s => s.Id == stageId));
        return stage is null ? text["FindingUnknown"] : FeedbackLabels.Stage(text, map, stage, NameLength);
    }

    private static string Amount(BotText text, decimal value) => FeedbackNumbers.Amount(text, value);

    private static string Signed(BotText text, decimal change) =>
        change == 0 ? "±0" : (change > 0 ? "+" : "-") + FeedbackNumbers.Amount(text, Math.Abs(change));
}
