using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>
/// A Column's <c>width</c>: as wide as its content (auto) or the rest of the row (stretch). The schema also takes a weight
/// or pixels; no card needs them yet. Lower case in the schema.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ColumnWidth>))]
public enum ColumnWidth
{
    [JsonStringEnumMemberName("auto")] Auto,
    [JsonStringEnumMemberName("stretch")] Stretch,
}
