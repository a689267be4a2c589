using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>The JSON settings of the wire: camelCase, nulls left out, unknown fields kept by the records.</summary>
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
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
