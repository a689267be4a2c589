using Microsoft.Extensions.Logging;

namespace JourneyBot.Connector;

/// <summary>
/// Every log message of the Connector assembly, source-generated (nothing is formatted when the level is off), with event
/// ids in blocks: 1000 hosting, 1100 authentication, 1200 the Bot Connector client. A test refuses a repeated id.
/// Never log tokens, card inputs or message text: ids and reasons only.
/// </summary>
internal static partial class Log
{
    private static readonly Func<ILogger, string?, string, string?, IDisposable?> TurnScope =
        LoggerMessage.DefineScope<string?, string, string?>("Activity {ActivityId} ({ActivityType} {Verb})");

    /// <summary>
    /// The scope of one authenticated turn: every line logged while the bot handles it carries the activity's id, type and
    /// verb (an Action.Execute verb, or an invoke's name), so a turn's lines can be found together.
    /// </summary>
    public static IDisposable? Turn(ILogger logger, string? activityId, string activityType, string? verb) => TurnScope(logger, activityId, activityType, verb);

    // 1000: hosting (the /api/messages endpoint, local mode)

    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning,
        Message = "Local mode: MicrosoftAppId is not set, so /api/messages accepts unauthenticated requests from loopback only and replies carry no token. Set MicrosoftAppId to connect to Teams.")]
    public static partial void LocalMode(ILogger logger);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Refused /api/messages: {Reason}")]
    public static partial void EndpointRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Refused /api/messages: the body is not an activity with a serviceUrl and conversation")]
    public static partial void Malformed(ILogger logger);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "A {ActivityType} turn failed in conversation {ConversationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType, string? conversationId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Refused /api/messages with 400: the activity has {Reason}")]
    public static partial void BadEnvelope(ILogger logger, string reason);

    // 1100: authentication

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Refused /api/messages: {Reason}")]
    public static partial void TokenRefused(ILogger logger, string? reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Fetched {KeyCount} signing keys from {MetadataUrl}")]
    public static partial void KeysFetched(ILogger logger, Uri metadataUrl, int keyCount);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Could not fetch signing keys from {MetadataUrl}")]
    public static partial void KeysNotFetched(ILogger logger, Uri metadataUrl, Exception exception);

    // 1200: the Bot Connector client, its token and the coalesced message updates

    [LoggerMessage(EventId = 1200, Level = LogLevel.Error, Message = "Bot Connector {Method} for conversation {ConversationId} failed with {StatusCode} {Reason}")]
    public static partial void CallFailed(ILogger logger, string method, string conversationId, int statusCode, string reason);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Error, Message = "Bot Connector {Method} for conversation {ConversationId} got no answer ({Failure})")]
    public static partial void CallUnanswered(ILogger logger, Exception exception, string method, string conversationId, string failure);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "Bot Connector {Method} for conversation {ConversationId} not sent: the serviceUrl is not an absolute http(s) URL")]
    public static partial void InvalidServiceUrl(ILogger logger, string method, string conversationId);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "Bot Connector {Method} for conversation {ConversationId} not sent: a conversation or activity id is empty")]
    public static partial void MissingId(ILogger logger, string method, string conversationId);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "Bot Connector answered a call for conversation {ConversationId} with a success body that is not JSON; treating it as empty")]
    public static partial void UnreadableSuccessBody(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Error, Message = "Bot Connector {Method} for conversation {ConversationId} answered {StatusCode} with a body over {Limit} bytes; treated as failed")]
    public static partial void ResponseTooLarge(ILogger logger, string method, string conversationId, int statusCode, int limit);

    [LoggerMessage(EventId = 1210, Level = LogLevel.Debug, Message = "Bot Connector token acquired, expires {ExpiresOn}")]
    public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 1220, Level = LogLevel.Warning, Message = "The coalesced update of a message in conversation {ConversationId} failed: {StatusCode} {Error}")]
    public static partial void UpdateFailed(ILogger logger, string conversationId, int? statusCode, string? error);

    [LoggerMessage(EventId = 1221, Level = LogLevel.Error, Message = "Rendering the coalesced update of a message in conversation {ConversationId} failed")]
    public static partial void RenderFailed(ILogger logger, Exception exception, string conversationId);
}
