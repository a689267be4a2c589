using JourneyBot.Resources;

namespace JourneyBot.Cards;

/// <summary>
/// The first thing a team sees when the bot is added: what it is, what to type (with the @mention a group chat or
/// channel needs, by the bot's name there), and buttons to go on.
/// </summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(BotText text, HowToType typing) => new(
    [
        CardParts.Title(text["WelcomeTitle"]),
        new TextBlock(text["WelcomeIntro"]),
        new TextBlock(typing.MentionName is { } name ? text.Format("WelcomeNextMention", name) : text["WelcomeNext"]),
    ])
    {
        Actions =
        [
            new ExecuteAction(text["StartWorkshopButton"], Workshops.Flow.WorkshopVerbs.Setup, new ShowCardData(text.Language).ToJson()) { Style = ActionStyle.Positive },
            new ExecuteAction(text["HelpButton"], CardVerbs.Help, new ShowCardData(text.Language).ToJson()),
            new ExecuteAction(text["SwitchLanguageButton"], CardVerbs.Help, new ShowCardData(text.Language.Other()).ToJson()),
        ],
    };
}
