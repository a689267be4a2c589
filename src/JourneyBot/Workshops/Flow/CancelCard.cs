using JourneyBot.Cards;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Flow;

/// <summary>Asks before a workshop is cancelled: its answers stay stored and listed, but nobody can change them after.</summary>
public static class CancelCard
{
    /// <summary>The question for the lead facilitator, who alone may cancel; anyone else is told so.</summary>
    public static AdaptiveCard ForViewer(StepView view) =>
        view.Viewer is null || view.Map.IsLeadFacilitator(view.Viewer) ? Build(view) : FormCard.NotAllowed(view);

    public static AdaptiveCard Build(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var data = ButtonData.For(map);
        List<CardElement> body =
        [
            CardParts.Title(text.Format("CancelTitle", CardText.Escape(map.Name))),
            new TextBlock(text["CancelExplained"]),
            .. FormFields.ErrorBelow(view.Form, "actor"),
            .. FormFields.ErrorBelow(view.Form, "version"),
        ];
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(text["CancelConfirmButton"], WorkshopVerbs.ConfirmCancel, data) { Style = ActionStyle.Destructive },
                new ExecuteAction(text["KeepWorkshopButton"], WorkshopVerbs.Show, data),
            ],
        };
    }
}
