using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Versions;

/// <summary>The facilitator's cards to finish the map (step 7) and to change when the bot comes back.</summary>
public static class FinishForms
{
    /// <summary>"Finish…": what finishing does, the revisit cadence, and Finish.</summary>
    public static AdaptiveCard Finish(StepView view, DateTimeOffset now)
    {
        var (map, text) = (view.Map, view.Text);
        if (!view.ShowsFacilitatorActions)
        {
            return FormCard.NotAllowed(view);
        }

        var fields = new List<CardElement>
        {
            new TextBlock(text.Format("FinishExplained", map.MapVersionNumber)),
        };
        fields.AddRange(RevisitPlanFields.For(view, map.Status == WorkshopStatus.Active ? RevisitPlan.Default : map.Revisit, now));
        fields.AddRange(FormFields.ErrorBelow(view.Form, "step"));
        fields.AddRange(FormFields.ErrorBelow(view.Form, "status"));
        return FormCard.Build(view, text.Format("FinishTitle", map.MapVersionNumber), fields,
            new ExecuteAction(text["FinishButton"], VersionsVerbs.Finish, ButtonData.For(map)) { Style = ActionStyle.Positive });
    }

    /// <summary>"Change…" on a finished map: the cadence, and Save.</summary>
    public static AdaptiveCard Plan(StepView view, DateTimeOffset now)
    {
        var (map, text) = (view.Map, view.Text);
        if (!view.ShowsFacilitatorActions)
        {
            return FormCard.NotAllowed(view);
        }

        var fields = new List<CardElement>(RevisitPlanFields.For(view, map.Revisit, now));
        fields.AddRange(FormFields.ErrorBelow(view.Form, "status"));
        return FormCard.Build(view, text["RevisitPlanTitle"], fields, new ExecuteAction(text["SaveButton"], VersionsVerbs.ChangePlan, ButtonData.For(map)));
    }
}
