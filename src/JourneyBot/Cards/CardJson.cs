using System.Text.Json;
using System.Text.Json.Serialization;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Cards;

/// <summary>
/// The wire settings (<see cref="ConnectorJson"/>) with the cards' JSON metadata generated at build time: drawing a card
/// (every turn draws one or two) needs no reflection. A test checks the JSON is byte for byte what reflection writes.
/// </summary>
internal static class CardJson
{
    public static JsonSerializerOptions Options { get; } = ConnectorJson.With(CardJsonContext.Default);

    /// <summary>For JSON a card carries that is written by hand (button data, a rewritten card): the same encoder.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Options.Encoder };
}

/// <summary>The card records and the button data, for <see cref="CardJson"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, string?>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
