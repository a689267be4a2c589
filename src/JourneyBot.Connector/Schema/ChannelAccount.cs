using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>A user or bot in a conversation (<c>from</c>, <c>recipient</c>, members).</summary>
public sealed record ChannelAccount
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; init; }
    [JsonPropertyName("role")] public string? Role { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; } // settable: generated metadata cannot fill it through init
}
