using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Forms;
using JourneyBot.Workshops.Steps;
using JourneyBot.Workshops.Versions;

namespace JourneyBot.Workshops.Board;

/// <summary>
/// The board: the one card per step the team works on together. The progress header, the step's own content, and the
/// facilitator's buttons to move between steps (shown on the shared message, labelled; hidden in a non-facilitator's
/// own view).
/// </summary>
public sealed class WorkshopBoard(IEnumerable<IWorkshopStep> steps)
{
    private readonly Dictionary<WorkshopStep, IWorkshopStep> _steps = steps.ToDictionary(step => step.Number);

    public AdaptiveCard Build(StepView view)
    {
        var map = view.Map;
        var body = new List<CardElement>(ProgressHeader.For(view));
        if (_steps.TryGetValue(map.CurrentStep, out var step))
        {
            body.AddRange(step.Board(view));
        }

        if (map.Status == WorkshopStatus.Finished)
        {
            body.AddRange(FinishedSection.For(view));
        }
        else if (map.Status == WorkshopStatus.Active)
        {
            body.AddRange(FinishedSection.Revisiting(view));
        }

        if (map.Status == WorkshopStatus.Active && view.ShowsFacilitatorActions)
        {
            body.AddRange(FacilitatorActions(view));
        }

        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(view.Text["RefreshButton"], WorkshopVerbs.Show, ButtonData.For(map))],
        };
    }

    private static IEnumerable<CardElement> FacilitatorActions(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var data = WorkshopCardData.For(map);
        var buttons = new List<CardAction>();
        if (map.CurrentStep.Previous() is { } previous)
        {
            buttons.Add(new ExecuteAction(text.Format("BackButton", (int)previous), WorkshopVerbs.Back, data.ToJson()));
        }

        if (map.CurrentStep.Next() is { } next)
        {
            buttons.Add(new ExecuteAction(text.Format("NextButton", (int)next, text.StepName(next)), WorkshopVerbs.Next, data.ToJson()) { Style = ActionStyle.Positive });
        }
        else
        {
            // Step 7 ends the workshop: the map is saved as a version, and the bot comes back to revisit it (docs/method.md, Step 7).
            buttons.Add(new ExecuteAction(text["FinishOpenButton"], VersionsVerbs.OpenFinish, data.ToJson()) { Style = ActionStyle.Positive });
            buttons.AddRange(FutureStateForm.Button(view));
        }

        buttons.Add(new ShowCardAction(text["GoToStepButton"], FormFields.Inner(
            [.. FormFields.Choice(view.Form, "go.step", "step", text["GoToStepLabel"],
                [.. WorkshopSteps.InOrder.Select(s => new Choice(text.Format("StepChoice", (int)s, text.StepName(s)), ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture)))],
                ((int)map.CurrentStep).ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [new ExecuteAction(text["GoButton"], WorkshopVerbs.Go, data.ToJson())])));
        buttons.Add(new ExecuteAction(text["SettingsButton"], WorkshopVerbs.Settings, data.ToJson()));

        yield return CardParts.MinorHeading(text["FacilitatorActionsHeading"]);
        yield return new ActionSet(buttons);
    }
}
