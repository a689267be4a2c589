using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>A TextBlock's <c>color</c>; each name is the schema's word, written as is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
