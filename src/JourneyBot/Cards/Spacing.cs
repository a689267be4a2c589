using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>The space above an element (<c>spacing</c>); each name is the schema's word, written as is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
