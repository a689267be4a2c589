namespace JourneyBot.Connector.Client;

/// <summary>Builds Bot Connector URLs relative to a conversation's serviceUrl (docs/protocol.md, Outbound calls).</summary>
internal static class ConnectorUris
{
    public const string Conversations = "v3/conversations";

    // Teams conversation and activity ids contain ':', ';', '@' and '=' (for example
    // "19:abc@thread.skype;messageid=123"); each id is one path segment, so it is escaped as data.
    public static string Activities(string conversationId) =>
        $"{Conversations}/{Uri.EscapeDataString(conversationId)}/activities";

    public static string Members(string conversationId) =>
        $"{Conversations}/{Uri.EscapeDataString(conversationId)}/members";

    public static string Activity(string conversationId, string activityId) =>
        $"{Activities(conversationId)}/{Uri.EscapeDataString(activityId)}";

    /// <summary>
    /// The absolute URL of <paramref name="relativePath"/> under <paramref name="serviceUrl"/>, keeping the
    /// serviceUrl's own path; null when serviceUrl is not an absolute http(s) URL.
    /// </summary>
    /// <remarks>
    /// Plain <c>new Uri(base, relative)</c> would drop the last segment of a base without a trailing slash
    /// (RFC 3986, 5.2.3), turning the Playground's <c>http://localhost:56150/_connector</c> into the host root.
    /// </remarks>
    public static Uri? Resolve(string serviceUrl, string relativePath)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var basePath = baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri($"{basePath}/{relativePath}", UriKind.Absolute);
    }
}
