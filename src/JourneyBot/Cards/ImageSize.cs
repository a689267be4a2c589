using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>An Image's <c>size</c>: its own size shrunk to fit (auto) or the card's width (stretch). Lower case in the schema.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImageSize>))]
public enum ImageSize
{
    [JsonStringEnumMemberName("auto")] Auto,
    [JsonStringEnumMemberName("stretch")] Stretch,
}
