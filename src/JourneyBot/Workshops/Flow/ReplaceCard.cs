using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Flow;

/// <summary>
/// Asked when someone starts a workshop while another is active: continue that one, or start a new one beside it. The
/// new one's setup form opens in this card's language (the one the person typed or clicked in), carried in the button.
/// </summary>
public static class ReplaceCard
{
    public static AdaptiveCard Build(BotText text, JourneyMap active)
    {
        var body = new List<CardElement>
        {
            CardParts.Title(text["ReplaceTitle"]),
            new TextBlock(text.Format("ReplaceExplained", CardText.Escape(active.Name), (int)active.CurrentStep, text.StepName(active.CurrentStep),
                CardText.Escape(active.Facilitator.Name))),
        };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(text["ContinueWorkshopButton"], WorkshopVerbs.Resume, ButtonData.For(active)) { Style = ActionStyle.Positive },
                new ExecuteAction(text["StartNewWorkshopButton"], WorkshopVerbs.Setup, new WorkshopCardData { ReplacesId = active.Id, Language = text.Language }.ToJson()),
            ],
        };
    }
}
