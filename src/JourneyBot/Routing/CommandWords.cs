using JourneyBot.Resources;

namespace JourneyBot.Routing;

/// <summary>The words a person types to the bot, in English and Korean. Typing a Korean word answers in Korean.</summary>
public static class CommandWords
{
    /// <summary>Each command with its English and Korean word.</summary>
    public static IReadOnlyList<(CommandKind Kind, string English, string Korean)> All { get; } =
    [
        (CommandKind.Help, "help", "도움말"),
        (CommandKind.Start, "start", "시작"),
        (CommandKind.List, "list", "목록"),
        (CommandKind.Resume, "resume", "계속"),
        (CommandKind.Status, "status", "상태"),
        (CommandKind.Next, "next", "다음"),
        (CommandKind.Back, "back", "이전"),
        (CommandKind.Go, "go", "이동"),
        (CommandKind.Rename, "rename", "이름"),
        (CommandKind.Map, "map", "지도"),
        (CommandKind.Cancel, "cancel", "취소"),
        (CommandKind.Versions, "versions", "버전"),
        (CommandKind.Revisit, "revisit", "재검토"),
    ];

    public static string Help(Language language) => Word(CommandKind.Help, language);

    public static string Start(Language language) => Word(CommandKind.Start, language);

    public static string Word(CommandKind kind, Language language)
    {
        var (_, english, korean) = All.First(entry => entry.Kind == kind);
        return language == Language.Korean ? korean : english;
    }
}
