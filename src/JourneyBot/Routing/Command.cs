using System.Collections.Frozen;
using JourneyBot.Resources;

namespace JourneyBot.Routing;

/// <summary>
/// What a typed message asks for, in which language when the word itself says (도움말 is Korean), and what follows the
/// word (<c>go 3</c>, <c>rename Onboarding map</c>).
/// </summary>
public sealed record Command(CommandKind Kind, Language? Language, string Argument = "")
{
    private static readonly FrozenDictionary<string, (CommandKind Kind, Language? Language)> Words = CommandWords.All
        .SelectMany(entry => new[]
        {
            KeyValuePair.Create(entry.English, (entry.Kind, (Language?)null)),
            KeyValuePair.Create(entry.Korean, (entry.Kind, (Language?)Resources.Language.Korean)),
        })
        .Append(KeyValuePair.Create("?", (CommandKind.Help, (Language?)null)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word the bot answers as a command (the Teams manifest's command list must be among these).</summary>
    public static IReadOnlyCollection<string> KnownWords => Words.Keys;

    /// <summary>The command in <paramref name="text"/> (mention already removed): its first word; unknown words give <see cref="CommandKind.Unknown"/>.</summary>
    public static Command Parse(string text)
    {
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var word = parts.FirstOrDefault() ?? string.Empty;
        var argument = parts.Length > 1 ? parts[1].Trim() : string.Empty;
        return Words.TryGetValue(word.TrimEnd('!', '.', '?') is { Length: > 0 } trimmed ? trimmed : word, out var command)
            ? new Command(command.Kind, command.Language, argument)
            : new Command(CommandKind.Unknown, null);
    }
}

/// <summary>The commands a person can type.</summary>
public enum CommandKind
{
    Unknown,
    Help,
    Start,
    List,
    Resume,
    Status,
    Next,
    Back,
    Go,
    Rename,
    Map,
    Cancel,
    Versions,
    Revisit,
}
