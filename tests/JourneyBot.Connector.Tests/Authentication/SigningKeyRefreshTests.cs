using JourneyBot.Connector.Authentication;
using static JourneyBot.Connector.Tests.Authentication.BotFrameworkTokenTests;

namespace JourneyBot.Connector.Tests.Authentication;

public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private AuthenticatorHarness harness = null!;

    public async Task InitializeAsync() => harness = await AuthenticatorHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Signing_keys_are_fetched_once_and_then_served_from_the_cache()
    {
        await harness.AuthenticateTokenAsync(harness.ValidToken());
        await harness.AuthenticateTokenAsync(harness.ValidToken());
        await harness.AuthenticateTokenAsync(harness.ValidToken());

        Assert.Equal(1, harness.Issuer.KeySetRequestCount);
    }

    [Fact]
    public async Task An_unknown_key_id_refetches_the_keys_and_a_rotated_key_is_accepted()
    {
        var before = await harness.AuthenticateTokenAsync(harness.ValidToken());
        harness.Issuer.RotateKey();

        var after = await harness.AuthenticateTokenAsync(harness.ValidToken());

        Assert.True(before.Succeeded, before.FailureReason);
        Assert.True(after.Succeeded, after.FailureReason);
        Assert.Equal(2, harness.Issuer.KeySetRequestCount);
    }

    [Fact]
    public async Task A_flood_of_unknown_key_ids_fetches_the_keys_at_most_once_per_minimum_interval()
    {
        await harness.AuthenticateTokenAsync(harness.ValidToken());

        var flood = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => harness.AuthenticateTokenAsync(TokenWithMadeUpKeyId())));
        var fetchesDuringFlood = harness.Issuer.KeySetRequestCount;
        harness.Time.Advance(OpenIdMetadataCache.MinimumRefreshInterval);
        var afterInterval = await harness.AuthenticateTokenAsync(TokenWithMadeUpKeyId());

        Assert.All(flood, outcome => AssertRefused(RefusalReasons.UnknownKey, outcome));
        Assert.Equal(2, fetchesDuringFlood);
        AssertRefused(RefusalReasons.UnknownKey, afterInterval);
        Assert.Equal(3, harness.Issuer.KeySetRequestCount);
    }

    [Fact]
    public async Task Signing_keys_are_fetched_again_after_the_refresh_interval()
    {
        await harness.AuthenticateTokenAsync(harness.ValidToken());
        harness.Time.Advance(harness.Options.SigningKeyRefreshInterval - TimeSpan.FromSeconds(1));
        await harness.AuthenticateTokenAsync(harness.ValidToken());
        var fetchesBeforeInterval = harness.Issuer.KeySetRequestCount;

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var outcome = await harness.AuthenticateTokenAsync(harness.ValidToken());

        Assert.Equal(1, fetchesBeforeInterval);
        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal(2, harness.Issuer.KeySetRequestCount);
    }

    [Fact]
    public async Task Metadata_that_cannot_be_fetched_refuses_the_request_without_throwing()
    {
        await using var broken = await AuthenticatorHarness.StartAsync(configure: options =>
            options.BotFrameworkOpenIdMetadataUrl = new Uri(options.BotFrameworkOpenIdMetadataUrl, "/no-such-document"));

        var outcome = await broken.AuthenticateTokenAsync(broken.ValidToken());

        AssertRefused(RefusalReasons.KeysUnavailable, outcome);
    }

    [Fact]
    public async Task Metadata_is_not_fetched_over_plain_http_from_a_remote_host()
    {
        await using var insecure = await AuthenticatorHarness.StartAsync(configure: options =>
            options.BotFrameworkOpenIdMetadataUrl = new Uri("http://login.botframework.com/v1/.well-known/openidconfiguration"));

        var outcome = await insecure.AuthenticateTokenAsync(insecure.ValidToken());

        AssertRefused(RefusalReasons.KeysUnavailable, outcome);
    }

    private string TokenWithMadeUpKeyId() =>
        harness.Issuer.CreateToken(
            AuthenticatorHarness.AppId,
            AuthenticatorHarness.ServiceUrl,
            signingKey: harness.Issuer.CreateForgedKey($"made-up-{Guid.NewGuid():N}"));
}
