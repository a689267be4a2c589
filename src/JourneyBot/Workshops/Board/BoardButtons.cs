using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Flow;

namespace JourneyBot.Workshops.Board;

/// <summary>The way back from a card shown to one person (a form, a list, a stage) to the shared board.</summary>
public static class BoardButtons
{
    /// <summary>
    /// Back to the board of <paramref name="map"/>, as it is now. It sends no inputs, so an empty required field of the
    /// form it leaves does not hold it.
    /// </summary>
    public static ExecuteAction Back(BotText text, JourneyMap map) =>
        new(text["BackToBoardButton"], WorkshopVerbs.Show, ButtonData.For(map)) { AssociatedInputs = AssociatedInputs.None };

    /// <inheritdoc cref="Back(BotText, JourneyMap)"/>
    public static ExecuteAction Back(StepView view) => Back(view.Text, view.Map);
}
