using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.Implement;

/// <summary>
/// Step 7 (docs/method.md, Step 7): the action plan made from step 6's shortlist: action items with an owner, a due date
/// and the KPI they should move, overdue ones first. The facilitator's buttons (finishing the workshop) are the board's.
/// </summary>
public sealed class ImplementStep(ActionsSection actions) : IWorkshopStep
{
    public WorkshopStep Number => WorkshopStep.ImplementAndIterate;

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs => actions.Verbs;

    public IReadOnlyList<CardElement> Board(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return
        [
            new TextBlock(view.Text.StepOutput(WorkshopStep.ImplementAndIterate)) { Separator = true, Spacing = Spacing.Medium },
            .. actions.Board(view),
        ];
    }
}
