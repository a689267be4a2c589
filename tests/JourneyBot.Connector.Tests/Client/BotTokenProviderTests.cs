using JourneyBot.Connector.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Connector.Tests.Client;

public sealed class BotTokenProviderTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly List<IDisposable> _providers = [];

    public void Dispose() => _providers.ForEach(provider => provider.Dispose());

    private BotTokenProvider Provider(FakeTokenCredential credential, string? appId = "00000000-0000-0000-0000-0000000000b0") =>
        Provider(new FixedCredentialFactory(credential), appId);

    private BotTokenProvider Provider(FixedCredentialFactory factory, string? appId)
    {
        var options = Options.Create(new BotOptions { MicrosoftAppId = appId, MicrosoftAppPassword = "not-a-real-secret" });
        var provider = new BotTokenProvider(options, factory, _clock, NullLogger<BotTokenProvider>.Instance);
        _providers.Add(provider);
        return provider;
    }

    [Fact]
    public async Task Token_is_reused_until_five_minutes_before_expiry_then_fetched_again()
    {
        var credential = new FakeTokenCredential(_clock) { Lifetime = TimeSpan.FromHours(1) };
        var provider = Provider(credential);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(55) - TimeSpan.FromSeconds(1));
        var beforeMargin = await provider.GetTokenAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var atMargin = await provider.GetTokenAsync(CancellationToken.None);
        var afterRefresh = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", beforeMargin);
        Assert.Equal("token-2", atMargin);
        Assert.Equal("token-2", afterRefresh);
        Assert.Equal(2, credential.Fetches);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_fetch()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var credential = new FakeTokenCredential(_clock) { Gate = release.Task };
        var provider = Provider(credential);

        // All callers are in flight before the one fetch is allowed to finish.
        var callers = Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        await credential.FetchStarted.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.All(callers, caller => Assert.False(caller.IsCompleted));
        release.SetResult();
        var tokens = await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.All(tokens, token => Assert.Equal("token-1", token));
        Assert.Equal(1, credential.Fetches);
    }

    [Fact]
    public async Task A_failed_fetch_is_not_cached_and_the_next_caller_tries_again()
    {
        var failing = new FakeTokenCredential(_clock) { Failure = new Azure.Identity.AuthenticationFailedException("unreachable") };
        var provider = Provider(failing);

        await Assert.ThrowsAsync<Azure.Identity.AuthenticationFailedException>(() => provider.GetTokenAsync(CancellationToken.None).AsTask());
        await Assert.ThrowsAsync<Azure.Identity.AuthenticationFailedException>(() => provider.GetTokenAsync(CancellationToken.None).AsTask());

        Assert.Equal(2, failing.Fetches);
    }

    [Fact]
    public async Task Asks_for_the_configured_connector_scope()
    {
        var credential = new FakeTokenCredential(_clock);
        var provider = Provider(credential);

        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(["https://api.botframework.com/.default"], credential.LastScopes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Local_mode_gives_no_token_and_builds_no_credential(string? appId)
    {
        var factory = new FixedCredentialFactory(new FakeTokenCredential(_clock));
        var provider = Provider(factory, appId);

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Equal(0, factory.Created);
    }
}
