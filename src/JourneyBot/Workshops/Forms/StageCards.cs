using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Forms;

/// <summary>
/// What every step's stage card has (steps 2, 3 and 4): the way on to the stage before and after, and the line saying what was
/// just saved when a save came back to the card instead of the board (docs/method.md, Stage cards).
/// </summary>
public static class StageCards
{
    /// <summary>Stage names in the buttons' titles: short, so both buttons fit beside the way back to the board.</summary>
    public const int ShownNameLength = 24;

    /// <summary>
    /// "◀ Awareness" and "Consideration ▶" opening the neighbours of <paramref name="stage"/> with <paramref name="openVerb"/>;
    /// none before the first stage or after the last. They send no inputs: an empty required field of a form on the card
    /// does not hold them.
    /// </summary>
    public static IEnumerable<CardAction> Neighbours(StepView view, Stage stage, string openVerb)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(stage);
        var (map, text) = (view.Map, view.Text);
        var stages = map.StagesInOrder;
        var index = stages.Select(s => s.Id).ToList().IndexOf(stage.Id);
        if (index > 0)
        {
            yield return Open(text.Format("StagePreviousButton", Name(view, stages[index - 1])), stages[index - 1]);
        }

        if (index >= 0 && index < stages.Count - 1)
        {
            yield return Open(text.Format("StageNextButton", Name(view, stages[index + 1])), stages[index + 1]);
        }

        ExecuteAction Open(string title, Stage to) =>
            new(title, openVerb, ButtonData.For(map, stageId: to.Id)) { AssociatedInputs = AssociatedInputs.None };
    }

    /// <summary>"Saved: Pricing page" on top of a card a save came back to; nothing on a card opened otherwise.</summary>
    public static IEnumerable<CardElement> SavedLine(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Saved is { } saved)
        {
            yield return new TextBlock(view.Text.Format("SavedNotice", saved)) { Color = TextColor.Good, Weight = TextWeight.Bolder };
        }
    }

    private static string Name(StepView view, Stage stage) => CardText.Shorten(view.Text.StageName(view.Map.Template, stage), ShownNameLength);
}
