using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    [JsonPropertyName("conversationType")] public string? ConversationType { get; init; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; } // settable: generated metadata cannot fill it through init
}

/// <summary>Values of <see cref="ConversationAccount.ConversationType"/>.</summary>
public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
