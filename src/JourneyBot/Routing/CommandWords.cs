using JourneyBot.Resources;

namespace JourneyBot.Routing;

/// <summary>The words a person types to the bot, in English and Korean. Typing a Korean word answers in Korean.</summary>
public static class CommandWords
{
    public static string Help(Language language) => language == Language.Korean ? "도움말" : "help";

    public static string Start(Language language) => language == Language.Korean ? "시작" : "start";
}
