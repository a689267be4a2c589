using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Client;

/// <summary>
/// Calls the Bot Connector REST API on a conversation's serviceUrl (docs/protocol.md, Outbound calls). Transient faults are
/// retried; what still fails comes back as a failed <see cref="ConnectorResult{T}"/>, logged, never thrown.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c>: reply in the thread of an activity.</summary>
    Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>: send to a conversation (also proactively).</summary>
    Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>: edit a message the bot sent.</summary>
    Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ConnectorResult<bool>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// <c>GET v3/conversations/{conversationId}/members</c>: who is in the conversation (a channel's: the team's). A GET, so
    /// a timed-out attempt is retried like PUT and DELETE.
    /// </summary>
    Task<ConnectorResult<IReadOnlyList<ConversationMember>>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations</c>: start a 1:1 chat or a channel thread for a proactive message.</summary>
    Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}

/// <summary>The outcome of one connector call after retries: the response, or the last status and reason.</summary>
public sealed record ConnectorResult<T>
{
    public T? Value { get; init; }
    public bool Succeeded { get; init; }

    /// <summary>The HTTP status of the last attempt; null when no response arrived (timeout, connection refused).</summary>
    public int? StatusCode { get; init; }

    public string? Error { get; init; }

    /// <summary>The pause the last answer asked for in <c>Retry-After</c> (a 429 or 503 the client did not wait out); null when none.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>403 or 404: the bot is no longer in that conversation; stop writing to it.</summary>
    public bool BotRemoved => StatusCode is 403 or 404;
}

/// <summary>Builds <see cref="ConnectorResult{T}"/> values.</summary>
public static class ConnectorResult
{
    public static ConnectorResult<T> Success<T>(T? value, int statusCode) => new() { Value = value, Succeeded = true, StatusCode = statusCode };
    public static ConnectorResult<T> Failure<T>(int? statusCode, string error) => new() { StatusCode = statusCode, Error = error };
}
