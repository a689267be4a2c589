using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>
/// The HTTP answer to an <c>invoke</c>: its status code and body. For <c>adaptiveCard/action</c> the body is an
/// <see cref="AdaptiveCardInvokeResponse"/> (docs/protocol.md, Invokes).
/// </summary>
public sealed record InvokeResponse(int Status, object? Body);

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response.</summary>
public sealed record AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    [JsonPropertyName("statusCode")] public required int StatusCode { get; init; }
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("value")] public JsonPayload? Value { get; init; }

    /// <summary>Replace the clicked card, for the person who clicked, with <paramref name="card"/>.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonPayload card) => new() { StatusCode = 200, Type = CardType, Value = card };

    /// <summary>Show the clicker a short message and keep the card.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) =>
        new() { StatusCode = 200, Type = MessageType, Value = JsonSerializer.SerializeToElement(text, ConnectorJson.Options) };

    /// <summary>Tell the clicker the action failed.</summary>
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = ErrorType,
        Value = JsonSerializer.SerializeToElement(new InvokeError(code, message), ConnectorJson.Options),
    };
}

/// <summary>The <c>value</c> of an error invoke response: <c>{ "code": …, "message": … }</c>.</summary>
public sealed record InvokeError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke: the Action.Execute that was clicked.</summary>
public sealed record AdaptiveCardInvokeValue
{
    [JsonPropertyName("action")] public required AdaptiveCardInvokeAction Action { get; init; }
    [JsonPropertyName("trigger")] public string? Trigger { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; } // settable: generated metadata cannot fill it through init
}

/// <summary>An Action.Execute as the client reports it; the card's inputs are merged into <see cref="Data"/>.</summary>
public sealed record AdaptiveCardInvokeAction
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("verb")] public string? Verb { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("data")] public JsonElement? Data { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; set; } // settable: generated metadata cannot fill it through init
}

/// <summary>Invoke names the bot answers.</summary>
public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>An Action.Submit with <c>msteams: { type: "task/fetch" }</c> asks for a dialog.</summary>
    public const string TaskFetch = "task/fetch";

    /// <summary>An Action.Submit inside a dialog.</summary>
    public const string TaskSubmit = "task/submit";
}
