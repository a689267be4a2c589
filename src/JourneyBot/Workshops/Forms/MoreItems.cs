using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Forms;

/// <summary>The end of a board's short list: how many more there are, and the button to the paged list of them all.</summary>
public static class MoreItems
{
    /// <summary>Nothing when all <paramref name="total"/> fit in the <paramref name="shown"/> the board drew.</summary>
    public static IEnumerable<CardElement> After(BotText text, JourneyMap map, int total, int shown, string allButton, string listVerb)
    {
        if (total <= shown)
        {
            yield break;
        }

        yield return CardParts.Subtle(text.Format("AndMore", total - shown));
        yield return new ActionSet([new ExecuteAction(allButton, listVerb, ButtonData.For(map))]);
    }
}
