using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.FeedbackAndData;

/// <summary>
/// Step 4 on the shared board: per stage one compact line (KPIs, volume, satisfaction, evidence) and a button that opens
/// the stage's data card for the person who presses it; between two stages with volumes, the conversion and drop-off,
/// like a funnel. The KPIs and notes themselves stay off the board, so it stays small however much the team records.
/// </summary>
public static class FeedbackBoard
{
    /// <summary>Stage names on the board: 20 stages fit in a card Teams accepts with room for the rest of the board.</summary>
    private const int BoardNameLength = 40;

    public static IEnumerable<CardElement> Board(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (map, text) = (view.Map, view.Text);
        yield return new TextBlock(text["FeedbackIntro"]) { Separator = true, Spacing = Spacing.Medium };
        var stages = map.StagesInOrder;
        if (stages.Count == 0)
        {
            yield return CardParts.Subtle(text["FeedbackNoStages"]);
            yield break;
        }

        var conversions = map.StageConversions();
        foreach (var stage in stages)
        {
            yield return StageRow(view, stage);
            if (conversions.FirstOrDefault(conversion => conversion.FromStageId == stage.Id) is { } toNext)
            {
                yield return new TextBlock(FeedbackLabels.ConversionToNext(text, toNext)) { Color = TextColor.Accent, Size = TextSize.Small, Spacing = Spacing.Small };
            }
        }

        if (conversions.Count == 0 && stages.Count > 1)
        {
            yield return CardParts.Note(text["FeedbackConversionsNone"], Spacing.Medium);
        }
    }

    private static ColumnSet StageRow(StepView view, Stage stage)
    {
        var (map, text) = (view.Map, view.Text);
        var data = ButtonData.For(map, stageId: stage.Id);
        return new ColumnSet(
        [
            new Column(
            [
                // "1. Awareness" is numbered text, not a one-item list that Teams would indent: the dot is escaped.
                new TextBlock(CardText.EscapeLineStarts(text.Format("FeedbackStageHeading", stage.Position, FeedbackLabels.Stage(text, map, stage, BoardNameLength))))
                {
                    Weight = TextWeight.Bolder,
                },
                CardParts.Note(Summary(view, stage), Spacing.None),
            ])
            {
                Width = ColumnWidth.Stretch, VerticalContentAlignment = VerticalAlignment.Center,
            },
            new Column([new ActionSet([new ExecuteAction(text["FeedbackOpenStageButton"], FeedbackAndDataVerbs.OpenStage, data)])])
            {
                Width = ColumnWidth.Auto, VerticalContentAlignment = VerticalAlignment.Center,
            },
        ])
        {
            Spacing = Spacing.Small,
        };
    }

    /// <summary>"3 KPIs · volume 1,000 · satisfaction 4.25 (8) · 2 evidence notes": only the parts the stage has.</summary>
    private static string Summary(StepView view, Stage stage)
    {
        var (map, text) = (view.Map, view.Text);
        var kpis = map.KpisIn(stage.Id).Count;
        var parts = new List<string> { kpis == 0 ? text["FeedbackSummaryNoKpis"] : text.Counted("FeedbackSummaryKpis", kpis, kpis) };
        if (map.VolumeOf(stage.Id) is { } volume)
        {
            parts.Add(text.Format("FeedbackSummaryVolume", FeedbackNumbers.Amount(text, volume.Details.Value)));
        }

        if (FeedbackLabels.StageSatisfaction(map, stage.Id) is { Mean: { } mean, Count: var count })
        {
            parts.Add(text.Counted("FeedbackSummarySatisfaction", count, FeedbackNumbers.Mean(text, mean), count));
        }

        if (EvidenceSection.NotesIn(map, stage.Id).Count is > 0 and var notes)
        {
            parts.Add(text.Counted("FeedbackSummaryEvidence", notes, notes));
        }

        return string.Join(" · ", parts);
    }
}
