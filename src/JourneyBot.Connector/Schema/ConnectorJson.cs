using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JourneyBot.Connector.Schema;

/// <summary>
/// The JSON settings of the wire: camelCase, nulls left out, unknown fields kept by the records. The schema's types come
/// from the source-generated <see cref="ConnectorJsonContext"/>; other types written with these settings (the app's cards)
/// from reflection, or from a resolver the app puts in front (<see cref="With"/>).
/// </summary>
public static class ConnectorJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

            // Korean and emoji as UTF-8, not \uXXXX: a third of the bytes on the wire, and message limits count them.
            // The JSON goes to the Bot Connector, never into an HTML page, so HTML-sensitive characters need no escaping.
            Encoder = WireJsonEncoder.Instance,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ConnectorJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>These settings with <paramref name="resolver"/> asked first: an assembly's own source-generated types on the wire.</summary>
    public static JsonSerializerOptions With(IJsonTypeInfoResolver resolver)
    {
        var options = new JsonSerializerOptions(Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(resolver, Options.TypeInfoResolver),
        };
        options.MakeReadOnly();
        return options;
    }
}
