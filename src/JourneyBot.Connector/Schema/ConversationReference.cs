using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>What the bot keeps of a conversation to write to it later (docs/protocol.md, Conversation references).</summary>
public sealed record ConversationReference
{
    [JsonPropertyName("serviceUrl")] public required string ServiceUrl { get; init; }
    [JsonPropertyName("channelId")] public required string ChannelId { get; init; }
    [JsonPropertyName("conversationId")] public required string ConversationId { get; init; }
    [JsonPropertyName("conversationType")] public string? ConversationType { get; init; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
    [JsonPropertyName("botId")] public string? BotId { get; init; }
    [JsonPropertyName("botName")] public string? BotName { get; init; }
    [JsonPropertyName("teamId")] public string? TeamId { get; init; }
    [JsonPropertyName("channelIdInTeam")] public string? TeamsChannelId { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }

    /// <summary>
    /// The reference of the conversation an activity came from, or null when it names no conversation. In a channel,
    /// Teams appends the thread to the id (<c>19:…@thread.tacv2;messageid=…</c>); the reference keeps the channel itself,
    /// so the channel is one conversation however many threads it has.
    /// </summary>
    public static ConversationReference? From(Activity activity)
    {
        if (activity.Conversation is not { } conversation || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return null;
        }

        return new ConversationReference
        {
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId ?? "msteams",
            ConversationId = WithoutThread(conversation.Id),
            ConversationType = conversation.ConversationType,
            TenantId = conversation.TenantId ?? activity.ChannelData?.Tenant?.Id,
            BotId = activity.Recipient?.Id,
            BotName = activity.Recipient?.Name,
            TeamId = activity.ChannelData?.Team?.Id,
            TeamsChannelId = activity.ChannelData?.Channel?.Id,
            Locale = activity.Locale,
        };
    }

    private static string WithoutThread(string conversationId)
    {
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }
}
