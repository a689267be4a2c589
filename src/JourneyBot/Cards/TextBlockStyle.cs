using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>A TextBlock's <c>style</c> (schema 1.5): a heading is read out as such by screen readers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("heading")] Heading,
}
