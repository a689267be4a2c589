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
/// Transient, per Teams' rate-limit guidance (learn.microsoft.com, bots/how-to/rate-limit): 429, 412, 408, 5xx,
/// a timed-out attempt and a failed connection. Any other 4xx is the bot's mistake or a removed bot and is
/// never retried.
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
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.MaxRetryAfter, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider timeProvider)
    {
        if (outcome.Exception is not null)
        {
            // A cancelled caller surfaces as OperationCanceledException and is not retried; a timed-out
            // attempt (TimeoutRejectedException) and a refused or broken connection are.
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        if (outcome.Result is not { } response || !IsTransient(response.StatusCode))
        {
            return false;
        }

        // A server asking for a longer pause than the turn can afford gets its answer now, not after the wait.
        return RetryAfter(response, timeProvider) is not { } wait || wait <= maxRetryAfter;
    }

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
