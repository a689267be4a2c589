using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>
/// Which inputs an Action.Execute sends and checks first: <c>auto</c> (the schema's default) sends the card's inputs and
/// will not send while a required one is empty; <c>none</c> sends none, so a way back is never blocked by an empty
/// required field. Lower case in the schema.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("auto")] Auto,
    [JsonStringEnumMemberName("none")] None,
}
