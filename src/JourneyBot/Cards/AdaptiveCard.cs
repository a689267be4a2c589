using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>An Adaptive Card, schema 1.5: the highest version Teams renders on desktop, web and mobile (protocol.md).</summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-2)] public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-1)] public string Version => "1.5";

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Teams-specific: use the full width of the conversation.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? Teams { get; init; } = new();

    /// <summary>The card as the JSON Teams receives.</summary>
    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, CardJson.Options);
}

/// <summary>The <c>msteams</c> property of a card.</summary>
public sealed record TeamsCardProperties
{
    public string Width { get; init; } = "Full";
}

/// <summary>The JSON settings of cards: camelCase, nulls left out.</summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

            // Korean as UTF-8, not \uXXXX: a third of the bytes on the wire, and message limits count them. The JSON
            // goes to the Bot Connector, never into an HTML page, so HTML-sensitive characters need no escaping.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
