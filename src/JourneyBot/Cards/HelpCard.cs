using JourneyBot.Resources;
using JourneyBot.Routing;

namespace JourneyBot.Cards;

/// <summary>What the bot does and how to talk to it: the seven steps, the commands, a button to start.</summary>
public static class HelpCard
{
    /// <param name="text">The language to speak.</param>
    /// <param name="typing">How commands are typed here: as they are, or after an @mention of the bot's name.</param>
    /// <param name="notice">A line above the card, e.g. "I did not understand ..." (already escaped).</param>
    public static AdaptiveCard Build(BotText text, HowToType typing, string? notice = null)
    {
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Attention });
        }

        body.Add(CardParts.Title(text["HelpTitle"]));
        body.Add(new TextBlock(text["HelpIntro"]));
        body.Add(new TextBlock(text["HelpStepsHeading"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        body.Add(WorkshopStepsList.Names(text));
        body.Add(new TextBlock(text["HelpCommandsHeading"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        body.Add(new FactSet([.. CommandWords.All.Select(command => new Fact(
            command.Kind == CommandKind.Go ? $"{CommandWords.Word(command.Kind, text.Language)} N" : CommandWords.Word(command.Kind, text.Language),
            text[$"HelpCommand{command.Kind}"]))]));
        body.Add(CardParts.Note(typing.MentionName is { } name ? text.Format("HelpMentionHint", name) : text["HelpTypeHint"]));

        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(text["StartWorkshopButton"], Workshops.Flow.WorkshopVerbs.Setup, new ShowCardData(text.Language).ToJson()) { Style = ActionStyle.Positive },
                new ExecuteAction(text["SwitchLanguageButton"], CardVerbs.Help, new ShowCardData(text.Language.Other()).ToJson()),
            ],
        };
    }
}
