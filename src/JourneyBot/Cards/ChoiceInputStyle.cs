using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>An Input.ChoiceSet's <c>style</c>: a drop-down (compact) or radio buttons and check boxes (expanded). Lower case in the schema.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")] Compact,
    [JsonStringEnumMemberName("expanded")] Expanded,
}
