using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Azure.Identity;
using JourneyBot.Connector.Client;
using JourneyBot.Connector.Schema;
using JourneyBot.Testing;

namespace JourneyBot.Connector.Tests.Client;

public sealed class ConnectorClientRetryTests : IAsyncLifetime
{
    private const string ConversationId = "a:1personal-chat";

    /// <summary>A guard against a hung test (a retry nobody lets happen), not a timing assertion.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    private ConnectorClientHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConnectorClientHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<ConnectorResult<ResourceResponse>> SendAsync(string? serviceUrl = null) =>
        _harness.Client.SendToConversationAsync(serviceUrl ?? _harness.Connector.ServiceUrl, ConversationId, Activity.FromText("hi"), CancellationToken.None);

    [Fact]
    public async Task Throttled_call_waits_the_Retry_After_seconds_then_succeeds()
    {
        _harness.Connector.EnqueueFailure(429, retryAfter: "3");

        var sending = SendAsync();
        var delay = await _harness.AdvancePastNextRetryDelayAsync();
        var result = await sending.WaitAsync(Guard);

        Assert.Equal(TimeSpan.FromSeconds(3), delay);
        Assert.True(result.Succeeded);
        Assert.Equal([429, 201], _harness.Connector.Calls.Select(call => call.StatusCode));
    }

    [Fact]
    public async Task Retry_After_as_an_HTTP_date_is_measured_on_the_injected_clock()
    {
        var retryAt = _harness.Clock.GetUtcNow().AddSeconds(7);
        _harness.Connector.EnqueueFailure(429, retryAfter: retryAt.ToString("r", CultureInfo.InvariantCulture));

        var sending = SendAsync();
        var delay = await _harness.AdvancePastNextRetryDelayAsync();
        var result = await sending.WaitAsync(Guard);

        Assert.Equal(TimeSpan.FromSeconds(7), delay);
        Assert.True(result.Succeeded);
        Assert.Equal(2, _harness.Connector.Calls.Count);
    }

    [Fact]
    public async Task Retry_After_longer_than_the_limit_is_returned_as_throttled_without_waiting()
    {
        _harness.Connector.EnqueueFailure(429, retryAfter: "60");

        var result = await SendAsync().WaitAsync(Guard);

        Assert.False(result.Succeeded);
        Assert.Equal(429, result.StatusCode);
        Assert.Single(_harness.Connector.Calls);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(412)]
    [InlineData(408)]
    public async Task Transient_failures_are_retried_with_backoff_then_succeed(int status)
    {
        _harness.Connector.EnqueueFailure(status);
        _harness.Connector.EnqueueFailure(status);

        var sending = SendAsync();
        var firstDelay = await _harness.AdvancePastNextRetryDelayAsync();
        var secondDelay = await _harness.AdvancePastNextRetryDelayAsync();
        var result = await sending.WaitAsync(Guard);

        Assert.True(result.Succeeded);
        Assert.Equal("activity-1", result.Value?.Id);
        Assert.Equal([status, status, 201], _harness.Connector.Calls.Select(call => call.StatusCode));
        Assert.InRange(firstDelay, TimeSpan.FromTicks(1), ConnectorClientHarness.TestOptions.MaxDelay);
        Assert.InRange(secondDelay, TimeSpan.FromTicks(1), ConnectorClientHarness.TestOptions.MaxDelay);
    }

    [Theory]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, true)]
    [InlineData(404, true)]
    [InlineData(413, false)]
    public async Task Client_errors_are_not_retried_and_come_back_as_failures(int status, bool botRemoved)
    {
        _harness.Connector.EnqueueFailure(status);

        // No clock advance: a retry would wait on the fake clock forever and trip the guard.
        var result = await SendAsync().WaitAsync(Guard);

        Assert.False(result.Succeeded);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(botRemoved, result.BotRemoved);
        Assert.StartsWith($"{status} ", result.Error, StringComparison.Ordinal);
        Assert.Single(_harness.Connector.Calls);
    }

    [Fact]
    public async Task Gives_up_after_the_maximum_attempts_with_the_last_status_and_no_exception()
    {
        for (var i = 0; i < 5; i++)
        {
            _harness.Connector.EnqueueFailure(503);
        }

        var sending = SendAsync();
        for (var retry = 1; retry < ConnectorClientHarness.TestOptions.MaxAttempts; retry++)
        {
            await _harness.AdvancePastNextRetryDelayAsync();
        }

        var result = await sending.WaitAsync(Guard);

        Assert.False(result.Succeeded);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal(ConnectorClientHarness.TestOptions.MaxAttempts, _harness.Connector.Calls.Count);
    }

    [Fact]
    public async Task Each_attempt_carries_a_token_fetched_again_once_the_cached_one_nears_expiry()
    {
        // The first attempt goes out a second before the cached token is due for refresh; the retry, two seconds
        // later, must not reuse the old header.
        await _harness.Tokens.GetTokenAsync(CancellationToken.None);
        _harness.Clock.Advance(_harness.Credential.Lifetime - BotTokenProvider.RefreshMargin - TimeSpan.FromSeconds(1));
        _harness.Connector.EnqueueFailure(429, retryAfter: "2");

        var sending = SendAsync();
        await _harness.AdvancePastNextRetryDelayAsync();
        await sending.WaitAsync(Guard);

        Assert.Equal(["Bearer token-1", "Bearer token-2"], _harness.Connector.Calls.Select(call => call.Authorization));
    }

    [Fact]
    public async Task An_unreachable_connector_is_retried_then_reported_with_no_status()
    {
        var closedPort = await ClosedLoopbackPortAsync();

        var sending = SendAsync($"http://127.0.0.1:{closedPort}/_connector/");
        for (var retry = 1; retry < ConnectorClientHarness.TestOptions.MaxAttempts; retry++)
        {
            await _harness.AdvancePastNextRetryDelayAsync();
        }

        var result = await sending.WaitAsync(Guard);

        Assert.False(result.Succeeded);
        Assert.Null(result.StatusCode);
        Assert.False(result.BotRemoved);
    }

    [Fact]
    public async Task An_update_to_a_connector_that_never_answers_is_abandoned_per_attempt_and_then_in_total()
    {
        await using var silent = await SilentServer.StartAsync();
        await using var harness = await ConnectorClientHarness.StartAsync(configure: options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(30);
            options.TotalTimeout = TimeSpan.FromSeconds(45);
        });

        // A PUT is idempotent: a timed-out attempt is tried again.
        var sending = harness.Client.UpdateActivityAsync(silent.ServiceUrl, ConversationId, "activity-1", Activity.FromText("hi"), CancellationToken.None);
        var firstAttempt = await harness.Clock.NextTimerAsync(due => due == TimeSpan.FromSeconds(30));
        await silent.WaitForRequestsAsync(1);
        harness.Clock.Advance(firstAttempt);
        await harness.AdvancePastNextRetryDelayAsync();
        var secondAttempt = await harness.Clock.NextTimerAsync(due => due == TimeSpan.FromSeconds(30));
        await silent.WaitForRequestsAsync(2);
        harness.Clock.Advance(secondAttempt);
        var result = await sending.WaitAsync(Guard);

        Assert.False(result.Succeeded);
        Assert.Null(result.StatusCode);
        Assert.Equal(2, silent.Requests);
    }

    [Fact]
    public async Task A_members_get_that_timed_out_is_tried_again_since_reading_changes_nothing()
    {
        await using var silent = await SilentServer.StartAsync();
        await using var harness = await ConnectorClientHarness.StartAsync(configure: options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(30);
            options.TotalTimeout = TimeSpan.FromSeconds(45);
        });

        var reading = harness.Client.GetConversationMembersAsync(silent.ServiceUrl, ConversationId, CancellationToken.None);
        var firstAttempt = await harness.Clock.NextTimerAsync(due => due == TimeSpan.FromSeconds(30));
        await silent.WaitForRequestsAsync(1);
        harness.Clock.Advance(firstAttempt);
        await harness.AdvancePastNextRetryDelayAsync();
        var secondAttempt = await harness.Clock.NextTimerAsync(due => due == TimeSpan.FromSeconds(30));
        await silent.WaitForRequestsAsync(2);
        harness.Clock.Advance(secondAttempt);
        var result = await reading.WaitAsync(Guard);

        Assert.False(result.Succeeded);
        Assert.Null(result.StatusCode);
        Assert.Equal(2, silent.Requests);
    }

    [Fact]
    public async Task A_post_that_timed_out_is_not_sent_again_because_the_connector_may_still_be_creating_the_message()
    {
        await using var silent = await SilentServer.StartAsync();
        await using var harness = await ConnectorClientHarness.StartAsync(configure: options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(30);
            options.TotalTimeout = TimeSpan.FromSeconds(45);
        });

        var sending = harness.Client.SendToConversationAsync(silent.ServiceUrl, ConversationId, Activity.FromText("hi"), CancellationToken.None);
        var firstAttempt = await harness.Clock.NextTimerAsync(due => due == TimeSpan.FromSeconds(30));
        await silent.WaitForRequestsAsync(1);
        harness.Clock.Advance(firstAttempt);
        var result = await sending.WaitAsync(Guard);

        Assert.False(result.Succeeded);
        Assert.Null(result.StatusCode);
        Assert.Equal(1, silent.Requests);
    }

    [Fact]
    public async Task A_token_that_cannot_be_obtained_fails_the_call_without_sending_it()
    {
        await using var harness = await ConnectorClientHarness.StartAsync(
            credential: clock => new FakeTokenCredential(clock) { Failure = new AuthenticationFailedException("invalid client secret") });

        var result = await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, ConversationId, Activity.FromText("hi"), CancellationToken.None)
            .WaitAsync(Guard);

        Assert.False(result.Succeeded);
        Assert.Null(result.StatusCode);
        Assert.Empty(harness.Connector.Calls);
    }

    [Fact]
    public async Task A_cancelled_caller_gets_OperationCanceledException_rather_than_a_failure()
    {
        _harness.Connector.EnqueueFailure(503);
        using var cancellation = new CancellationTokenSource();

        var sending = _harness.Client.SendToConversationAsync(_harness.Connector.ServiceUrl, ConversationId, Activity.FromText("hi"), cancellation.Token);
        await _harness.Clock.NextTimerAsync(due => due < ConnectorClientHarness.TestOptions.AttemptTimeout);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(Guard));
        Assert.Single(_harness.Connector.Calls);
    }

    private static async Task<int> ClosedLoopbackPortAsync()
    {
        await using var connector = await FakeConnector.StartAsync();
        return new Uri(connector.ServiceUrl).Port;
    }

    /// <summary>
    /// Accepts connections, reads requests and never answers, as a hung Bot Connector would. It counts requests whose
    /// headers it has read, not connections: a connection can be accepted here before the client has written anything
    /// on it, and when the client's attempt is cancelled in that moment the handler keeps the new connection for its next
    /// request, so the retry arrives on the first connection (the cause of this class's rare failure, "1 of 2
    /// connections came").
    /// </summary>
    private sealed class SilentServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> _clients = [];
        private readonly List<Task> _reading = [];
        private readonly SemaphoreSlim _received = new(0);
        private readonly CancellationTokenSource _stopping = new();
        private Task _accepting = Task.CompletedTask;
        private int _requests;

        public string ServiceUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/_connector/";

        /// <summary>How many requests have arrived whole (their headers read), on however many connections.</summary>
        public int Requests => Volatile.Read(ref _requests);

        public static Task<SilentServer> StartAsync()
        {
            var server = new SilentServer();
            server._listener.Start();
            server._accepting = server.AcceptAsync();
            return Task.FromResult(server);
        }

        public async Task WaitForRequestsAsync(int count)
        {
            while (Requests < count)
            {
                // WaitAsync answers false at the guard rather than throwing: without this the loop waited forever (a hung run).
                if (!await _received.WaitAsync(Guard))
                {
                    throw new TimeoutException($"{Requests} of {count} requests came within {Guard.TotalSeconds} s: the retry was never sent.");
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stopping.CancelAsync();
            _listener.Stop();
            await _accepting.ContinueWith(static _ => { }, TaskScheduler.Default);
            Task[] reading;
            lock (_clients)
            {
                _clients.ForEach(client => client.Dispose());
                reading = [.. _reading];
            }

            await Task.WhenAll(reading).ContinueWith(static _ => { }, TaskScheduler.Default);
            _listener.Dispose();
            _received.Dispose();
            _stopping.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync();
                lock (_clients)
                {
                    _clients.Add(client);
                    _reading.Add(ReadRequestsAsync(client));
                }
            }
        }

        /// <summary>Counts each request on the connection once its headers have come (the end of headers, an empty line).</summary>
        private async Task ReadRequestsAsync(TcpClient client)
        {
            var stream = client.GetStream();
            var buffer = new byte[8192];
            var matched = 0; // how much of the end of headers the bytes so far end with
            while (await stream.ReadAsync(buffer, _stopping.Token) is > 0 and var read)
            {
                for (var ends = EndsOfHeaders(buffer.AsSpan(0, read), ref matched); ends > 0; ends--)
                {
                    Interlocked.Increment(ref _requests);
                    _received.Release();
                }
            }
        }

        private static int EndsOfHeaders(ReadOnlySpan<byte> bytes, ref int matched)
        {
            ReadOnlySpan<byte> end = "\r\n\r\n"u8;
            var ends = 0;
            foreach (var value in bytes)
            {
                matched = value == end[matched] ? matched + 1 : value == end[0] ? 1 : 0;
                if (matched == end.Length)
                {
                    ends++;
                    matched = 0;
                }
            }

            return ends;
        }
    }
}
