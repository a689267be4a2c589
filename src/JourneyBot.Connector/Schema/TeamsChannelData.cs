using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>Teams' <c>channelData</c>: tenant, team, channel and event type.</summary>
public sealed record TeamsChannelData
{
    [JsonPropertyName("tenant")] public TeamsIdentity? Tenant { get; init; }
    [JsonPropertyName("team")] public TeamsIdentity? Team { get; init; }
    [JsonPropertyName("channel")] public TeamsIdentity? Channel { get; init; }
    [JsonPropertyName("eventType")] public string? EventType { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; } // settable: generated metadata cannot fill it through init
}

/// <summary>An <c>{ id, name }</c> pair in Teams channel data.</summary>
public sealed record TeamsIdentity
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; } // settable: generated metadata cannot fill it through init
}
