using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.TouchpointsAndChannels;

/// <summary>
/// One stage's touchpoints for one person (the board only counts them): every touchpoint with its buttons, a page at a
/// time, the long-list warning, and the add form folded under a button.
/// </summary>
public static class StageTouchpointsCard
{
    /// <summary>A page holds 20: a team of 20 adding at once still sees everyone's on one page.</summary>
    public const int PageSize = 20;

    private const int ShownStageName = 80;

    /// <summary>The stage in the click's <c>item</c>, at the page in its <c>n</c>.</summary>
    public static AdaptiveCard Build(StepView view, int threshold)
    {
        var (map, text) = (view.Map, view.Text);
        if (map.Stages.FirstOrDefault(stage => stage.Id == view.Click?.Card.StageId) is not { } stage)
        {
            return FormCard.Gone(view);
        }

        var touchpoints = map.TouchpointsIn(stage.Id);
        var page = ItemPage.For(touchpoints.Count, PageSize, view.Click?.Card.Number);
        var body = new List<CardElement>(FormCard.Heading(view, text.Format("TouchpointsStageTitle", Title(view, stage))));
        if (touchpoints.Count > threshold)
        {
            body.Add(CardParts.Warning(text.Format("TouchpointsLongListFinding", touchpoints.Count, threshold)));
        }

        if (touchpoints.Count == 0)
        {
            body.Add(CardParts.Subtle(text["TouchpointsStageNone"]));
        }

        body.AddRange(page.Of(touchpoints, PageSize).Select(touchpoint => TouchpointRow.For(view, touchpoint)));
        body.AddRange(page.Pager(view, TouchpointsAndChannelsVerbs.OpenStage, PageSize, touchpoints.Count, WorkshopCardData.For(map) with { StageId = stage.Id }));

        var actions = new List<CardAction>();
        if (map.Status == WorkshopStatus.Active)
        {
            actions.Add(new ShowCardAction(text["TouchpointsAddButton"], FormFields.Inner(
                [.. TouchpointFields.New(view.Form with { Submitted = null, Errors = [] }, map, stage.Id)],
                [AddButton(view, stage.Id, ItemIds.NewId())])));
        }

        actions.Add(BoardButtons.Back(text, map));
        return new AdaptiveCard(body) { Actions = actions };
    }

    /// <summary>The add form on its own, after a refused add: the input kept, the errors beside it, the same seed.</summary>
    public static AdaptiveCard AddForm(StepView view)
    {
        if (view.Map.Stages.FirstOrDefault(stage => stage.Id == view.Click?.Card.StageId) is not { } stage)
        {
            return FormCard.Gone(view);
        }

        var submit = AddButton(view, stage.Id, view.Click?.Card.Seed);
        return FormCard.Build(view, view.Text.Format("TouchpointsAddTitle", Title(view, stage)), TouchpointFields.New(view.Form, view.Map, stage.Id), submit) with
        {
            Actions = [submit, BackButton(view, stage.Id)],
        };
    }

    /// <summary>Back to the stage a touchpoint form came from; like the way back to the board, it sends no inputs.</summary>
    public static ExecuteAction BackButton(StepView view, string stageId) =>
        new(view.Text["TouchpointsBackToStageButton"], TouchpointsAndChannelsVerbs.OpenStage, ButtonData.For(view.Map, stageId: stageId))
        {
            AssociatedInputs = AssociatedInputs.None,
        };

    /// <summary>The stage's label, escaped and shortened: the team's name, or the template's word for it.</summary>
    public static string Title(StepView view, Stage stage) =>
        CardText.Shown(view.Text.StageName(view.Map.Template, stage), ShownStageName);

    private static ExecuteAction AddButton(StepView view, string stageId, string? seed) =>
        new(view.Text["AddButton"], TouchpointsAndChannelsVerbs.AddTouchpoint, ButtonData.For(view.Map, stageId: stageId, seed: seed)) { Style = ActionStyle.Positive };
}
