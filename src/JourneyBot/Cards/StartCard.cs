using JourneyBot.Resources;

namespace JourneyBot.Cards;

/// <summary>How a workshop runs: the seven steps with what the team produces in each, and how to prepare.</summary>
public static class StartCard
{
    public static AdaptiveCard Build(BotText text)
    {
        var body = new List<CardElement>
        {
            CardParts.Title(text["StartTitle"]),
            new TextBlock(text["StartIntro"]),
        };
        body.AddRange(WorkshopStepsList.WithOutputs(text));
        body.Add(new Container(
        [
            new TextBlock(text["StartTipsHeading"]) { Weight = TextWeight.Bolder },
            new TextBlock($"- {text["StartTipTime"]}\r- {text["StartTipPeople"]}\r- {text["StartTipSimple"]}"),
        ])
        { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium });

        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(text["StartWorkshopButton"], Workshops.Flow.WorkshopVerbs.Setup, new ShowCardData(text.Language).ToJson()) { Style = ActionStyle.Positive },
                new ExecuteAction(text["HelpButton"], CardVerbs.Help, new ShowCardData(text.Language).ToJson()),
                new ExecuteAction(text["SwitchLanguageButton"], CardVerbs.Start, new ShowCardData(text.Language.Other()).ToJson()),
            ],
        };
    }
}
