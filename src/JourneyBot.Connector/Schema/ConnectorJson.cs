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
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
