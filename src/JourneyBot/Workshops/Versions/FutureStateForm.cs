using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Versions;

/// <summary>"Start a future-state map…": its name, and Start; the new map gets this map's personas and stages.</summary>
public static class FutureStateForm
{
    public const string NameInput = "future.name";

    public static AdaptiveCard Build(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        if (!view.ShowsFacilitatorActions)
        {
            return FormCard.NotAllowed(view);
        }

        var fields = new List<CardElement> { new TextBlock(text["FutureStateExplained"]) };
        fields.AddRange(FormFields.Text(view.Form, NameInput, "name", text["FutureStateNameLabel"], Limits.MaxWorkshopNameLength,
            CardText.Shorten(text.Format("FutureStateDefaultName", map.Name), Limits.MaxWorkshopNameLength), required: true));
        fields.AddRange(FormFields.ErrorBelow(view.Form, "mapType"));
        fields.AddRange(FormFields.ErrorBelow(view.Form, "status"));
        var seed = view.Click?.Card.Seed ?? ItemIds.NewId();
        return FormCard.Build(view, text["FutureStateTitle"], fields,
            new ExecuteAction(text["FutureStateStartButton"], VersionsVerbs.StartFuture, ButtonData.For(map, seed: seed)) { Style = ActionStyle.Positive });
    }

    /// <summary>The button that opens the form: on a current-state map, for facilitators (step 7 and the finished board).</summary>
    public static IEnumerable<CardAction> Button(StepView view) =>
        view.Map.MapType == MapType.CurrentState && view.ShowsFacilitatorActions
            ? [new ExecuteAction(view.Text["FutureStateButton"], VersionsVerbs.OpenFuture, ButtonData.For(view.Map))]
            : [];
}
