using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.TouchpointsAndChannels;

/// <summary>The cards about one touchpoint (the click's <c>touchpoint</c>): edit it and judge its channel, or confirm removing it.</summary>
public static class TouchpointForms
{
    /// <summary>
    /// The touchpoint's card: its details to edit, then its channel fit to rate (docs/method.md, Step 3: persona preference,
    /// stage relevance, and whether the team can really run it), saved together.
    /// </summary>
    public static AdaptiveCard Edit(StepView view) => For(view, (touchpoint, stage) =>
    {
        var text = view.Text;
        var save = new ExecuteAction(text["SaveButton"], TouchpointsAndChannelsVerbs.SaveTouchpoint, ItemData(view, touchpoint)) { Style = ActionStyle.Positive };
        List<CardElement> fields =
        [
            .. TouchpointFields.Details(view.Form, touchpoint.Details),
            new TextBlock(text["TouchpointFitHeading"]) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Large },
            CardParts.Subtle(text["TouchpointFitIntro"], Spacing.None),
            .. TouchpointFields.Fit(view.Form, touchpoint.Fit),
        ];
        return FormCard.Build(view, text.Format("TouchpointEditTitle", StageTouchpointsCard.Title(view, stage)), fields, save) with
        {
            Actions = [save, StageTouchpointsCard.BackButton(view, stage.Id), RemoveQuestion.Button(text, TouchpointsAndChannelsVerbs.RemoveTouchpoint, ItemData(view, touchpoint))],
        };
    });

    /// <summary>
    /// Asks once before a touchpoint goes: alone, "Remove “name”? This cannot be undone."; with the satisfaction ratings
    /// and evidence notes that hang on it, saying how many go with it (also shown when the domain refused a plain remove
    /// with inUse, because someone rated it after the question was asked).
    /// </summary>
    public static AdaptiveCard Remove(StepView view) => For(view, (touchpoint, stage) =>
    {
        var text = view.Text;
        var dependents = view.Map.DependentsOf(ItemKind.Touchpoint, touchpoint.Id).Count;
        if (dependents == 0)
        {
            return RemoveQuestion.Card(view, touchpoint.Details.Name, TouchpointsAndChannelsVerbs.ConfirmRemoveTouchpoint, TouchpointsAndChannelsVerbs.EditTouchpoint,
                ItemData(view, touchpoint));
        }

        List<CardElement> body =
        [
            CardParts.Title(text["TouchpointRemoveTitle"]),
            new TextBlock(text.Counted("TouchpointRemoveExplained", dependents, dependents, CardText.Shown(touchpoint.Details.Name, Limits.MaxNameLength))),
        ];
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(text.Format("TouchpointRemoveAllButton", dependents), TouchpointsAndChannelsVerbs.RemoveTouchpointWithWork, ItemData(view, touchpoint)) { Style = ActionStyle.Destructive },
                StageTouchpointsCard.BackButton(view, stage.Id),
            ],
        };
    });

    private static AdaptiveCard For(StepView view, Func<Touchpoint, Stage, AdaptiveCard> card) =>
        view.Map.Touchpoints.FirstOrDefault(touchpoint => touchpoint.Id == view.Click?.Card.TouchpointId) is { } found
        && view.Map.Stages.FirstOrDefault(stage => stage.Id == found.StageId) is { } stage
            ? (view.MayChange(found) ? card(found, stage) : FormCard.NotAllowed(view))
            : FormCard.Gone(view);

    private static System.Text.Json.JsonElement ItemData(StepView view, Touchpoint touchpoint) =>
        ButtonData.For(view.Map, touchpointId: touchpoint.Id);
}
