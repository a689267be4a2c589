using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>A TextBlock's <c>weight</c>; each name is the schema's word, written as is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
