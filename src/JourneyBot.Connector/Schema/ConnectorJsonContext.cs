using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>
/// The wire schema's JSON metadata, generated at build time: reading an activity and writing replies, updates and invoke
/// answers need no reflection, and writing uses the generated fast path. The settings are <see cref="ConnectorJson.Options"/>'s;
/// a test checks the JSON is byte for byte what reflection writes.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(TaskModuleRequest))]
[JsonSerializable(typeof(TaskModuleResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ConnectorJsonContext : JsonSerializerContext;
