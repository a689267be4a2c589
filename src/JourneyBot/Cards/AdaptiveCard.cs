using System.Text.Json;
using System.Text.Json.Serialization;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Cards;

/// <summary>An Adaptive Card, schema 1.5: the highest version Teams renders on desktop, web and mobile (docs/protocol.md, Adaptive Cards in Teams).</summary>
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
