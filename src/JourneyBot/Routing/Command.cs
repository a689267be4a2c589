using System.Collections.Frozen;
using JourneyBot.Resources;

namespace JourneyBot.Routing;

/// <summary>What a typed message asks for, and in which language when the word itself says (도움말 is Korean).</summary>
public sealed record Command(CommandKind Kind, Language? Language)
{
    private static readonly FrozenDictionary<string, Command> Words = new Dictionary<string, Command>
    {
        [CommandWords.Help(Resources.Language.English)] = new(CommandKind.Help, null),
        ["?"] = new(CommandKind.Help, null),
        [CommandWords.Help(Resources.Language.Korean)] = new(CommandKind.Help, Resources.Language.Korean),
        [CommandWords.Start(Resources.Language.English)] = new(CommandKind.Start, null),
        [CommandWords.Start(Resources.Language.Korean)] = new(CommandKind.Start, Resources.Language.Korean),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word the bot answers as a command (the Teams manifest's command list must be among these).</summary>
    public static IReadOnlyCollection<string> KnownWords => Words.Keys;

    /// <summary>The command in <paramref name="text"/> (mention already removed): its first word; unknown words give <see cref="CommandKind.Unknown"/>.</summary>
    public static Command Parse(string text)
    {
        var word = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return Words.TryGetValue(word.TrimEnd('!', '.', '?') is { Length: > 0 } trimmed ? trimmed : word, out var command)
            ? command
            : new Command(CommandKind.Unknown, null);
    }
}

/// <summary>The commands a person can type.</summary>
public enum CommandKind
{
    Unknown,
    Help,
    Start,
}
