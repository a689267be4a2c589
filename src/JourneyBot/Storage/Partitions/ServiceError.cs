using System.Text.Json;

namespace JourneyBot.Storage.Partitions;

/// <summary>The Table service's error body: <c>{"odata.error":{"code":"...","message":{"value":"..."}}}</c>.</summary>
internal static class ServiceError
{
    public static (string? Code, string? Message) Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("odata.error", out var error))
            {
                return (null, null);
            }

            var code = error.TryGetProperty("code", out var codeElement) ? codeElement.GetString() : null;
            var message = error.TryGetProperty("message", out var messageElement)
                ? messageElement.ValueKind == JsonValueKind.Object && messageElement.TryGetProperty("value", out var value) ? value.GetString() : messageElement.ToString()
                : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
