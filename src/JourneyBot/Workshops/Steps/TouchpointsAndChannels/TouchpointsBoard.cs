using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.TouchpointsAndChannels;

/// <summary>
/// Step 3 on the board: per stage, in journey order, how many touchpoints and the first few names, a warning where the
/// list is long, and a button to open the stage (its touchpoints and the add form). Counting instead of listing keeps
/// the board small however much the team adds (20 stages of any length).
/// </summary>
public static class TouchpointsBoard
{
    private const int PreviewedNames = 3;
    private const int PreviewedNameLength = 30;
    private const int ShownStageName = 50;

    public static IEnumerable<CardElement> For(StepView view, int threshold)
    {
        var (map, text) = (view.Map, view.Text);
        yield return new TextBlock(text["TouchpointsIntro"]) { Separator = true, Spacing = Spacing.Medium };
        if (map.LongTouchpointLists(threshold).Count > 0)
        {
            yield return CardParts.Warning(text.Format("TouchpointsLongListsNote", threshold));
        }

        if (map.Stages.Count == 0)
        {
            yield return CardParts.Subtle(text["TouchpointsNoStages"]);
        }

        foreach (var stage in map.StagesInOrder)
        {
            yield return StageSummary(view, stage, threshold);
        }
    }

    private static Container StageSummary(StepView view, Stage stage, int threshold)
    {
        var (map, text) = (view.Map, view.Text);
        var touchpoints = map.TouchpointsIn(stage.Id);
        var name = CardText.Shown(text.StageName(map.Template, stage), ShownStageName);
        var line = touchpoints.Count == 0
            ? text.Format("TouchpointsStageCountNone", name)
            : text.Counted("TouchpointsStageCount", touchpoints.Count, name, touchpoints.Count);
        var items = new List<CardElement>
        {
            new TextBlock(touchpoints.Count > threshold ? $"{line} {text.Format("TouchpointsLongListMarker", threshold)}" : line)
            {
                Color = touchpoints.Count > threshold ? TextColor.Warning : null,
            },
        };
        if (touchpoints.Count > 0)
        {
            var names = string.Join(" · ", touchpoints.Take(PreviewedNames).Select(t => CardText.Shown(t.Details.Name, PreviewedNameLength)));
            items.Add(CardParts.Note(touchpoints.Count > PreviewedNames ? names + text.Format("AndMore", touchpoints.Count - PreviewedNames) : names, Spacing.None));
        }

        items.Add(new ActionSet([new ExecuteAction(text["TouchpointsOpenStageButton"], TouchpointsAndChannelsVerbs.OpenStage, ButtonData.For(map, stageId: stage.Id))])
        {
            Spacing = Spacing.None,
        });
        return new Container(items) { Separator = true, Spacing = Spacing.Small };
    }
}
