using JourneyBot.Connector.Authentication;
using JourneyBot.Testing.Authentication;

namespace JourneyBot.Connector.Tests.Authentication;

public sealed class BotFrameworkTokenTests : IAsyncLifetime
{
    private AuthenticatorHarness harness = null!;

    public async Task InitializeAsync() => harness = await AuthenticatorHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task A_valid_Bot_Connector_token_is_accepted_with_its_claims()
    {
        var outcome = await harness.AuthenticateTokenAsync(harness.ValidToken());

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Null(outcome.FailureReason);
        Assert.Equal(AuthenticatorHarness.AppId, outcome.Identity!.FindFirst("aud")?.Value);
        Assert.Equal(AuthenticatorHarness.ServiceUrl, outcome.Identity.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_request_without_an_Authorization_header_is_refused(string? header)
    {
        var outcome = await harness.AuthenticateAsync(header);

        AssertRefused(RefusalReasons.MissingHeader, outcome);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Token {0}")]
    [InlineData("{0}")]
    public async Task A_scheme_other_than_Bearer_is_refused(string headerFormat)
    {
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, headerFormat, harness.ValidToken());

        var outcome = await harness.AuthenticateAsync(header);

        AssertRefused(RefusalReasons.NotBearer, outcome);
    }

    [Fact]
    public async Task The_Bearer_scheme_is_matched_without_regard_to_case()
    {
        var outcome = await harness.AuthenticateAsync($"bearer {harness.ValidToken()}");

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Fact]
    public async Task A_Bearer_header_without_a_token_is_refused()
    {
        AssertRefused(RefusalReasons.EmptyToken, await harness.AuthenticateAsync("Bearer "));
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.%%%.sig")]
    public async Task A_malformed_token_is_refused(string token)
    {
        AssertRefused(RefusalReasons.Malformed, await harness.AuthenticateTokenAsync(token));
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var token = harness.Issuer.CreateUnsignedToken(AuthenticatorHarness.AppId, AuthenticatorHarness.ServiceUrl);

        AssertRefused(RefusalReasons.UnsupportedAlgorithm, await harness.AuthenticateTokenAsync(token));
    }

    [Fact]
    public async Task A_token_signed_with_a_forged_key_under_a_published_key_id_is_refused()
    {
        var forged = harness.Issuer.CreateForgedKey();
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.AppId, AuthenticatorHarness.ServiceUrl, signingKey: forged);

        AssertRefused(RefusalReasons.InvalidSignature, await harness.AuthenticateTokenAsync(token));
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.AppId, AuthenticatorHarness.ServiceUrl, issuer: "https://api.botframework.example");

        AssertRefused(RefusalReasons.UntrustedIssuer, await harness.AuthenticateTokenAsync(token));
    }

    [Fact]
    public async Task A_token_for_another_bot_is_refused()
    {
        var token = harness.Issuer.CreateToken("00000000-0000-0000-0000-0000000000ff", AuthenticatorHarness.ServiceUrl);

        AssertRefused(RefusalReasons.WrongAudience, await harness.AuthenticateTokenAsync(token));
    }

    [Fact]
    public async Task An_expired_token_is_refused_once_the_clock_skew_has_passed()
    {
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.AppId, AuthenticatorHarness.ServiceUrl, lifetime: TimeSpan.FromHours(1));

        harness.Time.Advance(TimeSpan.FromHours(1) + harness.Options.ClockSkew - TimeSpan.FromSeconds(1));
        var withinSkew = await harness.AuthenticateTokenAsync(token);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        var pastSkew = await harness.AuthenticateTokenAsync(token);

        Assert.True(withinSkew.Succeeded, withinSkew.FailureReason);
        AssertRefused(RefusalReasons.Expired, pastSkew);
    }

    [Fact]
    public async Task A_token_that_is_not_yet_valid_is_refused_beyond_the_clock_skew()
    {
        var notBefore = harness.Time.GetUtcNow() + harness.Options.ClockSkew + TimeSpan.FromMinutes(1);
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.AppId, AuthenticatorHarness.ServiceUrl, notBefore: notBefore);

        var early = await harness.AuthenticateTokenAsync(token);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var withinSkew = await harness.AuthenticateTokenAsync(token);

        AssertRefused(RefusalReasons.NotYetValid, early);
        Assert.True(withinSkew.Succeeded, withinSkew.FailureReason);
    }

    [Fact]
    public async Task A_token_issued_for_another_service_url_is_refused()
    {
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.AppId, "https://smba.trafficmanager.net/emea/");

        AssertRefused(RefusalReasons.ServiceUrlMismatch, await harness.AuthenticateTokenAsync(token));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData("HTTPS://SMBA.TrafficManager.NET/amer/")]
    public async Task The_service_url_matches_regardless_of_a_trailing_slash_or_host_case(string claimedServiceUrl)
    {
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.AppId, claimedServiceUrl);

        var outcome = await harness.AuthenticateTokenAsync(token);

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Fact]
    public async Task The_service_url_path_is_compared_exactly()
    {
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.AppId, "https://smba.trafficmanager.net/AMER/");

        AssertRefused(RefusalReasons.ServiceUrlMismatch, await harness.AuthenticateTokenAsync(token));
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activity_channel_is_refused()
    {
        var webChatKey = harness.Issuer.PublishKey("webchat");
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.AppId, AuthenticatorHarness.ServiceUrl, signingKey: webChatKey);

        var fromTeams = await harness.AuthenticateTokenAsync(token);
        var fromWebChat = await harness.AuthenticateTokenAsync(token, AuthenticatorHarness.TeamsMessage(channelId: "webchat"));

        AssertRefused(RefusalReasons.NotEndorsed, fromTeams);
        Assert.True(fromWebChat.Succeeded, fromWebChat.FailureReason);
    }

    [Fact]
    public async Task A_key_with_an_empty_endorsements_list_is_refused()
    {
        var unendorsedKey = harness.Issuer.PublishKey();
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.AppId, AuthenticatorHarness.ServiceUrl, signingKey: unendorsedKey);

        AssertRefused(RefusalReasons.NotEndorsed, await harness.AuthenticateTokenAsync(token));
    }

    [Fact]
    public async Task An_activity_without_a_service_url_is_refused()
    {
        var activity = AuthenticatorHarness.TeamsMessage() with { ServiceUrl = null };

        AssertRefused(RefusalReasons.ActivityHasNoServiceUrl, await harness.AuthenticateTokenAsync(harness.ValidToken(), activity));
    }

    internal static void AssertRefused(string expectedReason, AuthenticationOutcome outcome)
    {
        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Identity);
        Assert.Equal(expectedReason, outcome.FailureReason);
    }

    [Fact]
    public async Task A_Bot_Connector_token_without_a_service_url_claim_is_refused_even_for_a_Bot_Connector_host()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.AppId, serviceUrl: null);

        AssertRefused(RefusalReasons.NoServiceUrlClaim, await harness.AuthenticateTokenAsync(token));
    }
}
