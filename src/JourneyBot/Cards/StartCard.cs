using JourneyBot.Resources;

namespace JourneyBot.Cards;

/// <summary>How a workshop runs: the seven steps with what the team produces in each, and how to prepare.</summary>
public static class StartCard
{
    private static readonly string[] Tips = ["StartTipTime", "StartTipPeople", "StartTipSimple"];

    public static AdaptiveCard Build(BotText text)
    {
        var body = new List<CardElement>
        {
            CardParts.Title(text["StartTitle"]),
            new TextBlock(text["StartIntro"]),
        };
        body.AddRange(WorkshopStepsList.WithOutputs(text));
        // The tips are bullets drawn with "•", one text each, not a markdown list: cards never carry markdown lists, so
        // a list in a card is always user text that escaped (tests/cards/markdown-problems.mjs), and Teams indents
        // and spaces markdown lists differently on desktop and mobile.
        body.Add(new Container(
        [
            new TextBlock(text["StartTipsHeading"]) { Weight = TextWeight.Bolder },
            .. Tips.Select(tip => new TextBlock($"• {text[tip]}") { Spacing = Spacing.Small }),
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
