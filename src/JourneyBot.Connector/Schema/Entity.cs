using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>An entry of <c>entities</c>: a <c>mention</c>, <c>clientInfo</c> or anything else (kept as is).</summary>
public sealed record Entity
{
    [JsonPropertyName("type")] public required string Type { get; init; }

    /// <summary>For <c>mention</c>: who is mentioned.</summary>
    [JsonPropertyName("mentioned")] public ChannelAccount? Mentioned { get; init; }

    /// <summary>For <c>mention</c>: the text of the mention in the message, e.g. <c>&lt;at&gt;JourneyBot&lt;/at&gt;</c>.</summary>
    [JsonPropertyName("text")] public string? Text { get; init; }

    /// <summary>For <c>clientInfo</c>: the client's locale, e.g. <c>ko-KR</c>.</summary>
    [JsonPropertyName("locale")] public string? Locale { get; init; }

    [JsonPropertyName("timezone")] public string? Timezone { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; } // settable: generated metadata cannot fill it through init
}
