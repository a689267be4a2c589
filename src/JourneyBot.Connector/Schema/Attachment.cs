using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>An attachment; for the bot, almost always an Adaptive Card.</summary>
public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("contentType")] public required string ContentType { get; init; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; init; }
    [JsonPropertyName("content")] public JsonPayload? Content { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; } // settable: generated metadata cannot fill it through init

    public static Attachment AdaptiveCard(JsonPayload card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}
