using JourneyBot.Connector.Client;
using JourneyBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyBot.Connector.Tests.Client;

/// <summary>
/// The connector client as the app wires it (AddConnectorClient), talking to a <see cref="FakeConnector"/> on
/// loopback, on a fake clock, with a fake Entra ID behind the real token provider.
/// </summary>
internal sealed class ConnectorClientHarness : IAsyncDisposable
{
    /// <summary>Timeouts far above any retry delay, so a test can tell the timers apart by their length.</summary>
    public static readonly ConnectorClientOptions TestOptions = new()
    {
        MaxAttempts = 4,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(5),
        MaxRetryAfter = TimeSpan.FromSeconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(30),
        TotalTimeout = TimeSpan.FromSeconds(100),
    };

    private readonly ServiceProvider _services;

    private ConnectorClientHarness(FakeConnector connector, ServiceProvider services, TimerRecordingTimeProvider clock, FakeTokenCredential credential)
    {
        Connector = connector;
        _services = services;
        Clock = clock;
        Credential = credential;
    }

    public FakeConnector Connector { get; }

    public TimerRecordingTimeProvider Clock { get; }

    public FakeTokenCredential Credential { get; }

    public IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    public IBotTokenProvider Tokens => _services.GetRequiredService<IBotTokenProvider>();

    /// <summary>A bot with an app id (tokens sent), or in local mode when <paramref name="appId"/> is null.</summary>
    public static async Task<ConnectorClientHarness> StartAsync(
        string? appId = "00000000-0000-0000-0000-0000000000b0",
        Action<ConnectorClientOptions>? configure = null,
        Func<TimeProvider, FakeTokenCredential>? credential = null)
    {
        var connector = await FakeConnector.StartAsync();
        var clock = new TimerRecordingTimeProvider();
        var tokenCredential = credential?.Invoke(clock) ?? new FakeTokenCredential(clock);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IBotCredentialFactory>(new FixedCredentialFactory(tokenCredential));
        services.AddOptions<BotOptions>().Configure(bot =>
        {
            bot.MicrosoftAppId = appId;
            bot.MicrosoftAppPassword = "not-a-real-secret";
        });
        services.AddConnectorClient();
        services.Configure<ConnectorClientOptions>(options =>
        {
            options.MaxAttempts = TestOptions.MaxAttempts;
            options.BaseDelay = TestOptions.BaseDelay;
            options.MaxDelay = TestOptions.MaxDelay;
            options.MaxRetryAfter = TestOptions.MaxRetryAfter;
            options.AttemptTimeout = TestOptions.AttemptTimeout;
            options.TotalTimeout = TestOptions.TotalTimeout;
            configure?.Invoke(options);
        });

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _ = provider.GetRequiredService<IOptions<ConnectorClientOptions>>().Value;
        return new ConnectorClientHarness(connector, provider, clock, tokenCredential);
    }

    /// <summary>Waits for the retry pipeline to start its next backoff delay, moves the clock past it, and says how long it was.</summary>
    public async Task<TimeSpan> AdvancePastNextRetryDelayAsync()
    {
        // Timeout timers are all at least AttemptTimeout long; a backoff or Retry-After delay is shorter.
        var delay = await Clock.NextTimerAsync(due => due < TestOptions.AttemptTimeout);
        Clock.Advance(delay);
        return delay;
    }

    public async ValueTask DisposeAsync()
    {
        // Polly's pipeline waits, on the fake clock, for calls still in flight before it lets go; a test that
        // failed mid-retry leaves one, so keep the clock moving until disposal is through (cleanup, not timing).
        var disposing = _services.DisposeAsync().AsTask();
        while (!disposing.IsCompleted)
        {
            Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(disposing, Task.Delay(TimeSpan.FromMilliseconds(10)));
        }

        await disposing;
        await Connector.DisposeAsync();
    }
}
