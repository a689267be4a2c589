using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Identity;
using JourneyBot.Connector.Schema;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace JourneyBot.Connector.Client;

/// <summary>
/// The Bot Connector REST client (docs/protocol.md, Outbound calls) on a named IHttpClientFactory client whose handlers retry
/// transient faults (<see cref="ConnectorResilience"/>) and add the bearer token (<see cref="BotTokenHandler"/>).
/// </summary>
/// <remarks>
/// A singleton that asks the factory for a client per call, rather than a typed client: the reminder worker and
/// other singletons can hold it without pinning one handler (and its DNS answers) for the life of the process.
/// </remarks>
internal sealed class ConnectorClient(IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "JourneyBot.Connector";

    /// <summary>
    /// The most of a Bot Connector answer that is read: its answers are a resource id or an error of a few hundred bytes,
    /// so a larger one is not the connector's, and reading it whole would only cost memory.
    /// </summary>
    public const int MaxResponseBytes = 1024 * 1024;

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        CallActivityRouteAsync(HttpMethod.Post, serviceUrl, conversationId, replyToId, activity, ReadResource, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallActivityRouteAsync(HttpMethod.Post, serviceUrl, conversationId, activityId: null, activity, ReadResource, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallActivityRouteAsync(HttpMethod.Put, serviceUrl, conversationId, activityId, activity, ReadResource, cancellationToken);

    public Task<ConnectorResult<bool>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        CallActivityRouteAsync(HttpMethod.Delete, serviceUrl, conversationId, activityId, body: null, static (_, _) => true, cancellationToken);

    public Task<ConnectorResult<IReadOnlyList<ConversationMember>>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            Log.MissingId(logger, HttpMethod.Get.Method, conversationId);
            return Task.FromResult(ConnectorResult.Failure<IReadOnlyList<ConversationMember>>(null, "The conversation id is empty."));
        }

        return CallAsync(HttpMethod.Get, serviceUrl, ConnectorUris.Members(conversationId), body: null, conversationId, ReadMembers, cancellationToken);
    }

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, ConnectorUris.Conversations, parameters, conversationId: "(new)", ReadConversation, cancellationToken);

    private Task<ConnectorResult<T>> CallActivityRouteAsync<T>(
        HttpMethod method, string serviceUrl, string conversationId, string? activityId, Activity? body,
        Func<byte[], string, T> readSuccess, CancellationToken cancellationToken)
    {
        // An empty id would silently address another resource (".../conversations//activities").
        if (string.IsNullOrWhiteSpace(conversationId) || (activityId is not null && string.IsNullOrWhiteSpace(activityId)))
        {
            Log.MissingId(logger, method.Method, conversationId);
            return Task.FromResult(ConnectorResult.Failure<T>(null, "The conversation or activity id is empty."));
        }

        var path = activityId is null ? ConnectorUris.Activities(conversationId) : ConnectorUris.Activity(conversationId, activityId);
        return CallAsync(method, serviceUrl, path, body, conversationId, readSuccess, cancellationToken);
    }

    private async Task<ConnectorResult<T>> CallAsync<T>(
        HttpMethod method, string serviceUrl, string path, object? body, string conversationId,
        Func<byte[], string, T> readSuccess, CancellationToken cancellationToken)
    {
        if (ConnectorUris.Resolve(serviceUrl, path) is not { } uri)
        {
            Log.InvalidServiceUrl(logger, method.Method, conversationId);
            return ConnectorResult.Failure<T>(null, "The serviceUrl is not an absolute http(s) URL.");
        }

        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            // Bytes rather than a streaming JsonContent: a retried request sends the same body, with a Content-Length.
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ConnectorJson.Options));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json", "utf-8");
            request.Content = content;
        }

        try
        {
            var httpClient = httpClientFactory.CreateClient(HttpClientName);
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (await ReadLimitedAsync(response.Content, cancellationToken) is not { } responseBody)
            {
                Log.ResponseTooLarge(logger, method.Method, conversationId, status, MaxResponseBytes);
                return ConnectorResult.Failure<T>(status, $"{status} answer larger than {MaxResponseBytes} bytes");
            }

            if (response.IsSuccessStatusCode)
            {
                return ConnectorResult.Success(readSuccess(responseBody, conversationId), status);
            }

            var reason = ConnectorErrorBody.Code(responseBody) ?? response.ReasonPhrase ?? response.StatusCode.ToString();
            Log.CallFailed(logger, method.Method, conversationId, status, reason);
            // A pause longer than the client waits out comes back to the caller, who can try again later (the reminder worker).
            return ConnectorResult.Failure<T>(status, $"{status} {reason}") with { RetryAfter = ConnectorResilience.RetryAfter(response, timeProvider) };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException or OperationCanceledException or AuthenticationFailedException)
        {
            // No HTTP answer: connection refused or broken, the total timeout, or no token to send.
            Log.CallUnanswered(logger, exception, method.Method, conversationId, exception.GetType().Name);
            return ConnectorResult.Failure<T>(null, exception is AuthenticationFailedException ? "No Bot Connector token." : exception.GetType().Name);
        }
    }

    /// <summary>The body, or null when it is (or says it is) larger than <see cref="MaxResponseBytes"/>.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxResponseBytes)
        {
            return null;
        }

        await using var body = await content.ReadAsStreamAsync(cancellationToken);
        using var limited = new Hosting.LimitedReadStream(body, MaxResponseBytes);
        using var buffer = new MemoryStream();
        try
        {
            await limited.CopyToAsync(buffer, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return null;
        }

        return buffer.ToArray();
    }

    /// <summary>The members listed; a body that is not a list of members reads as none (logged), which callers treat as "nobody known".</summary>
    private IReadOnlyList<ConversationMember> ReadMembers(byte[] body, string conversationId)
    {
        try
        {
            return JsonSerializer.Deserialize<List<ConversationMember>>(body, ConnectorJson.Options) is { } members
                ? [.. members.Where(member => member is not null)]
                : [];
        }
        catch (JsonException)
        {
            Log.UnreadableSuccessBody(logger, conversationId);
            return [];
        }
    }

    private ResourceResponse ReadResource(byte[] body, string conversationId) =>
        ReadOrEmpty(body, conversationId, static () => new ResourceResponse());

    private ConversationResourceResponse ReadConversation(byte[] body, string conversationId) =>
        ReadOrEmpty(body, conversationId, static () => new ConversationResourceResponse());

    /// <summary>
    /// The 2xx body, or an empty response when there is none: the Playground answers a reply 202 with no body
    /// (docs/protocol.md, Outbound calls), which means the message was sent but cannot be updated later.
    /// </summary>
    private T ReadOrEmpty<T>(byte[] body, string conversationId, Func<T> empty)
        where T : class
    {
        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return empty();
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, ConnectorJson.Options) ?? empty();
        }
        catch (JsonException)
        {
            Log.UnreadableSuccessBody(logger, conversationId);
            return empty();
        }
    }
}
