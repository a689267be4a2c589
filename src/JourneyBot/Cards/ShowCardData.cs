using System.Text.Json;
using JourneyBot.Connector.Schema;
using JourneyBot.Resources;

namespace JourneyBot.Cards;

/// <summary>The data of a button that shows a card, optionally in another language: <c>{ "lang": "ko" }</c>.</summary>
public sealed record ShowCardData(Language? Language)
{
    public JsonElement ToJson() => JsonSerializer.SerializeToElement(
        new Dictionary<string, string?> { ["lang"] = Language?.Code() }, CardJson.Options);

    /// <summary>
    /// Reads the data of a click. Card data comes from the client and is not trusted: anything but an object with an
    /// optional <c>lang</c> of <c>en</c> or <c>ko</c> is refused (null).
    /// </summary>
    public static ShowCardData? Parse(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } json)
        {
            return data is null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } ? new ShowCardData((Language?)null) : null;
        }

        if (!json.TryGetProperty("lang", out var lang) || lang.ValueKind == JsonValueKind.Null)
        {
            return new ShowCardData((Language?)null);
        }

        return lang.ValueKind == JsonValueKind.String && Languages.TryParseCode(lang.GetString()) is { } language
            ? new ShowCardData(language)
            : null;
    }
}
