using System.Text.Json;

namespace JourneyBot.Connector.Client;

/// <summary>Reads the error code of a Bot Connector error body, <c>{ "error": { "code": "...", "message": "..." } }</c>.</summary>
/// <remarks>Only the code is kept: it names the fault (for example <c>MessageSizeTooBig</c>) without echoing content.</remarks>
internal static class ConnectorErrorBody
{
    public static string? Code(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
