namespace JourneyBot.Testing;

/// <summary>Which v3 Bot Connector route a raw request path addresses, with its ids decoded.</summary>
internal sealed record ConnectorRoute(RouteKind Kind, string? ConversationId, string? ActivityId)
{
    private const string Root = "/v3/conversations";

    public static ConnectorRoute Parse(string rawPath)
    {
        var start = rawPath.IndexOf(Root, StringComparison.Ordinal);
        if (start < 0)
        {
            return new ConnectorRoute(RouteKind.Unknown, null, null);
        }

        var segments = rawPath[(start + Root.Length)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            [] => new ConnectorRoute(RouteKind.Conversations, null, null),
            [var conversation, "members"] => new ConnectorRoute(RouteKind.Members, Uri.UnescapeDataString(conversation), null),
            [var conversation, "activities"] => new ConnectorRoute(RouteKind.Activities, Uri.UnescapeDataString(conversation), null),
            [var conversation, "activities", var activity] =>
                new ConnectorRoute(RouteKind.Activity, Uri.UnescapeDataString(conversation), Uri.UnescapeDataString(activity)),
            [var conversation, ..] => new ConnectorRoute(RouteKind.Unknown, Uri.UnescapeDataString(conversation), null),
        };
    }
}

/// <summary>The v3 routes the fake connector answers.</summary>
internal enum RouteKind
{
    Unknown,
    Conversations,
    Activities,
    Activity,
    Members,
}
