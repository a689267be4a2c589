using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>Where a Column puts its content (<c>verticalContentAlignment</c>); each name is the schema's word, written as is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}
