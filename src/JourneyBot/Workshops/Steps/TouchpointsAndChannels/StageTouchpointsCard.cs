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

    /// <summary>The stage in the click's <c>stage</c>, at the page in its <c>n</c>.</summary>
    public static AdaptiveCard Build(StepView view, int threshold) =>
        For(view, threshold, view.Click?.Card.StageId, view.Click?.Card.Number, addOpen: false);

    /// <summary>
    /// The card an add from it comes back to: the new touchpoint in place (on its page), "Saved: …" on top, and the add
    /// form open again, empty, with a new seed, so the next touchpoint is typed and added with one press.
    /// </summary>
    public static AdaptiveCard AfterAdd(StepView view, int threshold, string touchpointId) => After(view, threshold, touchpointId, addOpen: true);

    /// <summary>The card a touchpoint's edit form (opened from it) comes back to: the touchpoint in place, "Saved: …" on top.</summary>
    public static AdaptiveCard AfterSave(StepView view, int threshold) => After(view, threshold, view.Click?.Card.TouchpointId, addOpen: false);

    private static AdaptiveCard After(StepView view, int threshold, string? touchpointId, bool addOpen)
    {
        if (view.Map.Touchpoints.FirstOrDefault(touchpoint => touchpoint.Id == touchpointId) is not { } saved)
        {
            return FormCard.Gone(view);
        }

        var position = view.Map.TouchpointsIn(saved.StageId).Select(touchpoint => touchpoint.Id).ToList().IndexOf(saved.Id);
        return For(view with { Saved = CardText.Shown(saved.Details.Name, ShownStageName) }, threshold, saved.StageId, Math.Max(0, position) / PageSize, addOpen);
    }

    private static AdaptiveCard For(StepView view, int threshold, string? stageId, int? page, bool addOpen)
    {
        var (map, text) = (view.Map, view.Text);
        if (map.Stages.FirstOrDefault(stage => stage.Id == stageId) is not { } stage)
        {
            return FormCard.Gone(view);
        }

        var touchpoints = map.TouchpointsIn(stage.Id);
        var at = ItemPage.For(touchpoints.Count, PageSize, page);
        var body = new List<CardElement>(FormCard.Heading(view, text.Format("TouchpointsStageTitle", Title(view, stage))));
        body.AddRange(StageCards.SavedLine(view));
        if (touchpoints.Count > threshold)
        {
            body.Add(CardParts.Warning(text.Format("TouchpointsLongListFinding", touchpoints.Count, threshold)));
        }

        if (touchpoints.Count == 0)
        {
            body.Add(CardParts.Subtle(text["TouchpointsStageNone"]));
        }

        body.AddRange(at.Of(touchpoints, PageSize).Select(touchpoint => TouchpointRow.For(view, touchpoint)));
        body.AddRange(at.Pager(view, TouchpointsAndChannelsVerbs.OpenStage, PageSize, touchpoints.Count, WorkshopCardData.For(map) with { StageId = stage.Id }));

        var actions = new List<CardAction>();
        var blank = view.Form with { Submitted = null, Errors = [] };
        if (map.Status == WorkshopStatus.Active && addOpen)
        {
            // Open in the card, not folded: the person is adding one after another. The card's other buttons send no inputs,
            // so the form's required fields do not hold them.
            body.Add(new Container(
            [
                new TextBlock(text.Format("TouchpointsAddTitle", Title(view, stage))) { Weight = TextWeight.Bolder },
                .. TouchpointFields.New(blank, map, stage.Id),
                new ActionSet([AddButton(view, stage.Id, ItemIds.NewId())]),
            ]) { Separator = true, Spacing = Spacing.Large });
        }
        else if (map.Status == WorkshopStatus.Active)
        {
            actions.Add(new ShowCardAction(text["TouchpointsAddButton"], FormFields.Inner(
                [.. TouchpointFields.New(blank, map, stage.Id)],
                [AddButton(view, stage.Id, ItemIds.NewId())])));
        }

        actions.AddRange(StageCards.Neighbours(view, stage, TouchpointsAndChannelsVerbs.OpenStage));
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
