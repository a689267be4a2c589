using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>A button's <c>style</c>: the one to press (positive) or the one that removes (destructive). Lower case in the schema.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("positive")] Positive,
    [JsonStringEnumMemberName("destructive")] Destructive,
}
