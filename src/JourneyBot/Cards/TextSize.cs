using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>A TextBlock's <c>size</c>; each name is the schema's word, written as is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
