using System.Net;
using System.Text.RegularExpressions;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Hosting;

/// <summary>
/// The text a person typed to the bot, without the bot's @mention. In channels and group chats Teams delivers
/// only messages that mention the bot, and the text contains the mention markup, e.g. <c>&lt;at&gt;JourneyBot&lt;/at&gt; help</c>.
/// </summary>
public static partial class MentionText
{
    /// <summary>Removes the mentions of <paramref name="activity"/>'s recipient (the bot), decodes entities, collapses spaces.</summary>
    public static string WithoutBotMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == "mention" && entity.Mentioned?.Id == botId && !string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
            }
        }

        // Teams sends HTML-ish text: a message typed after a mention may carry tags and &nbsp;.
        text = HtmlTag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
