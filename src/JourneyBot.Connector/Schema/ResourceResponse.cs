using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>The connector's answer to a send: the id of the activity it created (absent on some 202s).</summary>
public sealed record ResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; init; }
}

/// <summary>The body of <c>POST v3/conversations</c>: start a conversation for a proactive message.</summary>
public sealed record ConversationParameters
{
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; init; }
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; init; }
    [JsonPropertyName("members")] public IReadOnlyList<ChannelAccount>? Members { get; init; }
    [JsonPropertyName("topicName")] public string? TopicName { get; init; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
    [JsonPropertyName("activity")] public Activity? Activity { get; init; }
    [JsonPropertyName("channelData")] public TeamsChannelData? ChannelData { get; init; }
}

/// <summary>The answer to <c>POST v3/conversations</c>.</summary>
public sealed record ConversationResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("activityId")] public string? ActivityId { get; init; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; init; }
}
