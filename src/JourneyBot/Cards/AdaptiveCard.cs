using System.Text.Json;
using System.Text.Json.Nodes;
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
    [JsonIgnore]
    public TeamsCardProperties? Teams { get; init; } = new();

    /// <summary>
    /// <see cref="Teams"/> as sent, with one mention entity for each distinct mention in the body's text blocks
    /// (<see cref="TextBlock.Mentions"/>): Teams turns a TextBlock's <c>&lt;at&gt;Name&lt;/at&gt;</c> into a mention only when
    /// <c>msteams.entities</c> declares that text (docs/protocol.md, Adaptive Cards in Teams).
    /// </summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? TeamsAsSent => Teams is null ? null : CardMention.In(Body) is { Count: > 0 } mentions ? Teams with { Entities = mentions } : Teams;

    /// <summary>The card as the JSON Teams receives.</summary>
    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, CardJson.Options);

    /// <summary>The card as the JSON Teams receives, written once, to go to the wire as it is (<see cref="JsonPayload"/>).</summary>
    public JsonPayload ToPayload() => JsonPayload.FromWritten(JsonSerializer.SerializeToUtf8Bytes(this, CardJson.Options));

    /// <summary>The card as the JSON Teams receives, as a node to rewrite (<see cref="Workshops.Forms.CardForms"/>) without parsing it again.</summary>
    public JsonObject ToJsonNode() => JsonSerializer.SerializeToNode(this, CardJson.Options)!.AsObject();
}

/// <summary>The <c>msteams</c> property of a card.</summary>
public sealed record TeamsCardProperties
{
    public string Width { get; init; } = "Full";

    /// <summary>The mentions the card's text blocks make; null (left out) when there are none.</summary>
    public IReadOnlyList<CardMention>? Entities { get; init; }
}
