using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace JourneyBot.Storage.Partitions;

/// <summary>
/// Table entities as the Table service's JSON (docs/protocol.md, Azure Table Storage, "Entity JSON"): read straight from
/// the response bytes into a <see cref="TableEntity"/>, written straight into the request buffer. Property types the
/// JSON cannot carry travel as <c>Name@odata.type</c> annotations: Edm.Int64, Edm.DateTime, Edm.Guid, Edm.Binary, and
/// Edm.Double for whole or special numbers.
/// </summary>
internal static class EntityJson
{
    private const string ETagProperty = "odata.etag";
    private const string TypeSuffix = "@odata.type";

    /// <summary>
    /// The entities of a query response: <c>{"value":[{...},...]}</c>; other top-level properties are skipped. String
    /// properties whose names <paramref name="keepEncoded"/> picks are kept as <see cref="EncodedText"/>, not strings.
    /// </summary>
    public static void ReadQueryResponse(ReadOnlySpan<byte> json, List<TableEntity> into, Func<string, bool>? keepEncoded = null)
    {
        var reader = new Utf8JsonReader(json);
        var scratch = new EntityScratch();
        Expect(ref reader, JsonTokenType.StartObject);
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("value"u8))
            {
                reader.Skip();
                continue;
            }

            Expect(ref reader, JsonTokenType.StartArray);
            while (Next(ref reader) == JsonTokenType.StartObject)
            {
                into.Add(ReadEntity(ref reader, scratch, keepEncoded));
            }
        }
    }

    /// <summary>
    /// One entity, the reader on its StartObject. An annotation comes before the value it types (the service writes it
    /// so); one that comes after retypes the value. The properties are gathered in <paramref name="scratch"/>, reused
    /// from entity to entity, and copied into the entity at its size in one go; names, the partition key and type
    /// annotations repeat from entity to entity and are read once.
    /// </summary>
    private static TableEntity ReadEntity(ref Utf8JsonReader reader, EntityScratch scratch, Func<string, bool>? keepEncoded)
    {
        var (entity, types, repeated) = scratch.Next();
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var name = repeated.Read(ref reader);
            Next(ref reader);
            if (name.EndsWith(TypeSuffix, StringComparison.Ordinal))
            {
                var typed = name[..^TypeSuffix.Length];
                var type = reader.TokenType == JsonTokenType.String ? repeated.Read(ref reader) : string.Empty;
                if (entity.Remove(typed, out var early))
                {
                    entity[typed] = Typed(typed, type, early);
                }
                else
                {
                    types.Add((typed, type));
                }

                continue;
            }

            if (name == ETagProperty)
            {
                entity[ETagProperty] = reader.GetString() ?? string.Empty;
                continue;
            }

            object? value = reader.TokenType switch
            {
                JsonTokenType.String when name == "Timestamp" => Moment(ref reader),
                JsonTokenType.String when name == "PartitionKey" => repeated.Read(ref reader),
                JsonTokenType.String when keepEncoded?.Invoke(name) == true && TypeOf(types, name) is null or "Edm.String" => EncodedText.Of(ref reader),
                JsonTokenType.String => reader.GetString()!,
                JsonTokenType.Number => reader.TryGetInt32(out var whole) ? (object)whole : reader.GetDouble(),
                JsonTokenType.True or JsonTokenType.False => reader.GetBoolean(),
                JsonTokenType.Null => null,
                _ => throw new JsonException($"Property {name} of a table entity is a {reader.TokenType}."),
            };
            if (value is not null)
            {
                entity[name] = TypeOf(types, name) is { } type ? Typed(name, type, value) : value;
            }
        }

        return new TableEntity(entity);
    }

    /// <summary>
    /// A row's Timestamp: storage writes it in UTC as ISO 8601 ("...Z"), which the reader parses without a culture's
    /// tokenizer; anything else goes through the general parser, as UTC when it names no offset.
    /// </summary>
    private static DateTimeOffset Moment(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && reader.ValueSpan is [.., (byte)'Z'] && reader.TryGetDateTimeOffset(out var moment)
            ? moment
            : DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string? TypeOf(List<(string Name, string Type)> types, string name)
    {
        foreach (var (typed, type) in types)
        {
            if (typed == name)
            {
                return type;
            }
        }

        return null;
    }

    private static object Typed(string name, string type, object raw) => (type, raw) switch
    {
        ("Edm.String", _) => raw,
        (_, EncodedText text) => Typed(name, type, text.ToString()), // kept encoded, then annotated as another type
        ("Edm.Int64", string text) => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
        ("Edm.DateTime", string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        ("Edm.DateTime", DateTimeOffset moment) => moment, // Timestamp, read as a moment already
        ("Edm.Guid", string text) => Guid.Parse(text, CultureInfo.InvariantCulture),
        ("Edm.Binary", string text) => Convert.FromBase64String(text),
        ("Edm.Double", string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        ("Edm.Double", int whole) => (double)whole,
        ("Edm.Double", double number) => number,
        ("Edm.Int32", int whole) => whole,
        ("Edm.Boolean", bool flag) => flag,
        _ => throw new JsonException($"Property {name} of a table entity is {type} with a {raw.GetType().Name} value."),
    };

    /// <summary>The entity's properties as JSON, without its ETag and Timestamp (the service sets those).</summary>
    public static void Write(IBufferWriter<byte> into, TableEntity entity)
    {
        using var writer = new Utf8JsonWriter(into);
        writer.WriteStartObject();
        foreach (var (name, value) in entity)
        {
            if (name is ETagProperty or "Timestamp" || value is null)
            {
                continue;
            }

            switch (value)
            {
                case string text:
                    writer.WriteString(name, text);
                    break;
                case int whole:
                    writer.WriteNumber(name, whole);
                    break;
                case bool flag:
                    writer.WriteBoolean(name, flag);
                    break;
                case long number:
                    writer.WriteString(name + TypeSuffix, "Edm.Int64");
                    writer.WriteString(name, number.ToString(CultureInfo.InvariantCulture));
                    break;
                case double number:
                    writer.WriteString(name + TypeSuffix, "Edm.Double");
                    if (double.IsFinite(number))
                    {
                        writer.WriteNumber(name, number);
                    }
                    else
                    {
                        writer.WriteString(name, double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
                    }

                    break;
                case DateTimeOffset moment:
                    WriteDateTime(writer, name, moment);
                    break;
                case DateTime moment:
                    WriteDateTime(writer, name, moment.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(moment, TimeSpan.Zero) : new DateTimeOffset(moment));
                    break;
                case Guid id:
                    writer.WriteString(name + TypeSuffix, "Edm.Guid");
                    writer.WriteString(name, id);
                    break;
                case byte[] bytes:
                    writer.WriteString(name + TypeSuffix, "Edm.Binary");
                    writer.WriteBase64String(name, bytes);
                    break;
                case BinaryData data:
                    writer.WriteString(name + TypeSuffix, "Edm.Binary");
                    writer.WriteBase64String(name, data.ToMemory().Span);
                    break;
                default:
                    throw new NotSupportedException($"Property {name} of a table entity is a {value.GetType().Name}, which Table Storage does not hold.");
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteDateTime(Utf8JsonWriter writer, string name, DateTimeOffset moment)
    {
        writer.WriteString(name + TypeSuffix, "Edm.DateTime");
        writer.WriteString(name, moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("A table response ends early.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type)
        {
            throw new JsonException($"A table response has {reader.TokenType} where {type} belongs.");
        }
    }

    /// <summary>What reading one entity needs, reused for every entity of an answer.</summary>
    private sealed class EntityScratch
    {
        private readonly Dictionary<string, object> _properties = [];
        private readonly List<(string Name, string Type)> _types = [];

        public RepeatedText Repeated { get; } = new();

        /// <summary>Emptied for the next entity.</summary>
        public (Dictionary<string, object> Properties, List<(string Name, string Type)> Types, RepeatedText Repeated) Next()
        {
            _properties.Clear();
            _types.Clear();
            return (_properties, _types, Repeated);
        }
    }
}
