namespace JourneyBot.Cards;

/// <summary>The Action.Execute verbs the bot's cards carry. The router maps each to its handler (Routing/BotRouter.cs).</summary>
public static class CardVerbs
{
    /// <summary>Show the help card. Data: <see cref="ShowCardData"/>.</summary>
    public const string Help = "help";

    /// <summary>Show the start card. Data: <see cref="ShowCardData"/>.</summary>
    public const string Start = "start";
}
