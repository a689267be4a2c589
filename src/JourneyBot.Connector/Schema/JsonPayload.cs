using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>
/// A JSON value an activity or an invoke answer carries as it is: a card, an invoke's value. Either a parsed
/// <see cref="JsonElement"/> (what comes in) or JSON the bot has already written in the wire's settings (what goes out):
/// the second is written to the wire byte for byte, without being parsed into a document first and written again.
/// </summary>
[JsonConverter(typeof(JsonPayloadConverter))]
public readonly struct JsonPayload : IEquatable<JsonPayload>
{
    private readonly byte[]? _utf8;
    private readonly JsonElement _element;

    public JsonPayload(JsonElement element) => _element = element;

    private JsonPayload(byte[] utf8) => _utf8 = utf8;

    /// <summary>
    /// JSON the bot wrote itself, with <see cref="ConnectorJson.Options"/>'s encoder: one complete value. It is not
    /// checked again on the way out, so it must never come from outside the bot.
    /// </summary>
    public static JsonPayload FromWritten(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return new JsonPayload(utf8);
    }

    /// <summary>The value as an element, parsed from the written JSON when that is what it holds.</summary>
    public JsonElement Element
    {
        get
        {
            if (_utf8 is null)
            {
                return _element;
            }

            var reader = new Utf8JsonReader(_utf8);
            return JsonElement.ParseValue(ref reader);
        }
    }

    public static implicit operator JsonPayload(JsonElement element) => new(element);

    public static implicit operator JsonElement(JsonPayload payload) => payload.Element;

    public static bool operator ==(JsonPayload left, JsonPayload right) => left.Equals(right);

    public static bool operator !=(JsonPayload left, JsonPayload right) => !left.Equals(right);

    /// <summary>The JSON text.</summary>
    public override string ToString() => _utf8 is null ? _element.GetRawText() : Encoding.UTF8.GetString(_utf8);

    /// <summary>Equal when the JSON texts are.</summary>
    public bool Equals(JsonPayload other) => ToString() == other.ToString();

    public override bool Equals(object? obj) => obj is JsonPayload other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    internal void WriteTo(Utf8JsonWriter writer)
    {
        if (_utf8 is null)
        {
            _element.WriteTo(writer);
        }
        else
        {
            writer.WriteRawValue(_utf8, skipInputValidation: true);
        }
    }
}

/// <summary>Reads a <see cref="JsonPayload"/> as an element; writes it as it holds it.</summary>
internal sealed class JsonPayloadConverter : JsonConverter<JsonPayload>
{
    public override JsonPayload Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonElement.ParseValue(ref reader));

    public override void Write(Utf8JsonWriter writer, JsonPayload value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        value.WriteTo(writer);
    }
}
