using JourneyBot.Connector.Schema;

namespace JourneyBot.Cards;

/// <summary>
/// How a person types to the bot in this conversation, as cards spell it out. In a personal chat every message reaches
/// the bot, so a command is typed as it is. In a group chat or a channel Teams delivers only messages that @mention the
/// bot (docs/protocol.md), by the name Teams shows for it in that team, which may not be "JourneyBot": it is the
/// activity's <c>recipient.name</c>.
/// </summary>
public sealed record HowToType
{
    /// <summary>Bot names as cards quote them: a Teams app's short name has at most 30 characters; this is only a guard.</summary>
    public const int ShownNameLength = 64;

    /// <summary>What a card says when Teams sends no name: the app's own.</summary>
    private const string DefaultName = "JourneyBot";

    private HowToType(string? mentionName) => MentionName = mentionName;

    /// <summary>A personal chat: no mention needed.</summary>
    public static HowToType Plain { get; } = new((string?)null);

    /// <summary>The bot's name to @mention, escaped for a card's markdown; null when no mention is needed.</summary>
    public string? MentionName { get; }

    /// <summary>A group chat or channel, where the bot answers only to @<paramref name="botName"/> (text from the wire).</summary>
    public static HowToType Mentioning(string? botName) =>
        new(CardText.Shown(string.IsNullOrWhiteSpace(botName) ? DefaultName : botName.Trim(), ShownNameLength));

    /// <summary>How people type to the bot where <paramref name="activity"/> came from.</summary>
    public static HowToType For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation;
        var shared = conversation?.ConversationType is ConversationTypes.GroupChat or ConversationTypes.Channel || conversation?.IsGroup == true;
        return shared ? Mentioning(activity.Recipient?.Name) : Plain;
    }
}
