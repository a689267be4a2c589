using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace JourneyBot.Connector.Client;

/// <summary>
/// The retry and timeout pipeline around each Bot Connector call: a total timeout, then retries of transient
/// answers with exponential backoff and jitter (or the server's <c>Retry-After</c>), then a per-attempt timeout.
/// </summary>
/// <remarks>
/// Transient, per Teams' rate-limit guidance (learn.microsoft.com, bots/how-to/rate-limit): 429, 412, 408, 5xx answered
/// by the server, and a connection that could not be made. Any other 4xx is the bot's mistake or a removed bot and is
/// never retried. A timed-out attempt, or a connection that broke after the request went out, is retried only for
/// <c>PUT</c> and <c>DELETE</c>, which are idempotent: a <c>POST</c> the server may still be completing would post the
/// message again (docs/protocol.md, Throttling and retries).
/// </remarks>
internal static class ConnectorResilience
{
    public const string PipelineName = "bot-connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorClientOptions options, TimeProvider timeProvider)
    {
        builder.AddTimeout(options.TotalTimeout);

        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.GetRequestMessage()?.Method, options.MaxRetryAfter, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method, TimeSpan maxRetryAfter, TimeProvider timeProvider)
    {
        if (outcome.Exception is { } exception)
        {
            // A cancelled caller surfaces as OperationCanceledException and is never retried. A request that surely never
            // left (no connection) is retried whatever its method; one that may have reached the server only when sending
            // it twice changes nothing.
            return NotSent(exception)
                || (IsIdempotent(method) && exception is HttpRequestException or TimeoutRejectedException);
        }

        if (outcome.Result is not { } response || !IsTransient(response.StatusCode))
        {
            return false;
        }

        // A server asking for a longer pause than the turn can afford gets its answer now, not after the wait.
        return RetryAfter(response, timeProvider) is not { } wait || wait <= maxRetryAfter;
    }

    /// <summary>The connection was never made (refused, no such host, TLS failed): the server cannot have seen the request.</summary>
    internal static bool NotSent(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError };

    /// <summary>PUT and DELETE (an update, a removal) leave the same result however often they arrive; POST (a new message) does not.</summary>
    internal static bool IsIdempotent(HttpMethod? method) => method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete;

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout
        || (int)status >= 500;

    /// <summary>The pause a <c>Retry-After</c> header asks for (delta seconds or an HTTP date); null when there is none.</summary>
    /// <remarks>The date form is measured against <paramref name="timeProvider"/>, so tests on a fake clock see the same delay.</remarks>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
