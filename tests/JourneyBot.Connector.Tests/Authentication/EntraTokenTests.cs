using JourneyBot.Connector.Authentication;
using JourneyBot.Testing.Authentication;
using static JourneyBot.Connector.Tests.Authentication.BotFrameworkTokenTests;

namespace JourneyBot.Connector.Tests.Authentication;

public sealed class EntraTokenTests
{
    private const string Tenant = "11111111-1111-1111-1111-111111111111";
    private const string OtherTenant = "22222222-2222-2222-2222-222222222222";

    public static TheoryData<string, string> IssuerAndAudience => new()
    {
        { TestTokenIssuer.EntraIssuer(Tenant), AuthenticatorHarness.AppId },
        { TestTokenIssuer.EntraV1Issuer(Tenant), AuthenticatorHarness.AppId },
        { TestTokenIssuer.EntraIssuer(Tenant), $"api://{AuthenticatorHarness.AppId}" },
    };

    [Theory]
    [MemberData(nameof(IssuerAndAudience))]
    public async Task A_single_tenant_bot_accepts_an_Entra_token_of_its_tenant(string issuer, string audience)
    {
        await using var harness = await AuthenticatorHarness.StartAsync(Tenant);
        var token = harness.Issuer.CreateEntraToken(Tenant, audience, issuer: issuer, serviceUrl: AuthenticatorHarness.ServiceUrl);

        var outcome = await harness.AuthenticateTokenAsync(token);

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal(Tenant, outcome.Identity!.FindFirst("tid")?.Value);
    }

    [Fact]
    public async Task A_single_tenant_bot_still_accepts_Bot_Connector_tokens()
    {
        await using var harness = await AuthenticatorHarness.StartAsync(Tenant);

        var outcome = await harness.AuthenticateTokenAsync(harness.ValidToken());

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Fact]
    public async Task An_Entra_token_of_another_tenant_is_refused()
    {
        await using var harness = await AuthenticatorHarness.StartAsync(Tenant);
        var token = harness.Issuer.CreateEntraToken(OtherTenant, AuthenticatorHarness.AppId);

        AssertRefused(RefusalReasons.UntrustedIssuer, await harness.AuthenticateTokenAsync(token));
    }

    [Fact]
    public async Task An_Entra_token_is_refused_when_no_tenant_is_configured()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var token = harness.Issuer.CreateEntraToken(Tenant, AuthenticatorHarness.AppId);

        AssertRefused(RefusalReasons.UntrustedIssuer, await harness.AuthenticateTokenAsync(token));
    }

    [Fact]
    public async Task An_Entra_token_for_another_app_is_refused()
    {
        await using var harness = await AuthenticatorHarness.StartAsync(Tenant);
        var token = harness.Issuer.CreateEntraToken(Tenant, "api://00000000-0000-0000-0000-0000000000ff");

        AssertRefused(RefusalReasons.WrongAudience, await harness.AuthenticateTokenAsync(token));
    }

    [Fact]
    public async Task An_Entra_token_without_a_service_url_claim_is_accepted_for_a_Bot_Connector_host()
    {
        await using var harness = await AuthenticatorHarness.StartAsync(Tenant);
        var token = harness.Issuer.CreateEntraToken(Tenant, AuthenticatorHarness.AppId);

        var outcome = await harness.AuthenticateTokenAsync(token, AuthenticatorHarness.TeamsMessage(serviceUrl: "https://smba.trafficmanager.net/kr/"));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Theory]
    [InlineData("https://attacker.example/_connector/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    public async Task An_Entra_token_without_a_service_url_claim_is_refused_elsewhere_so_the_bot_token_cannot_be_collected(string serviceUrl)
    {
        await using var harness = await AuthenticatorHarness.StartAsync(Tenant);
        var token = harness.Issuer.CreateEntraToken(Tenant, AuthenticatorHarness.AppId);

        var outcome = await harness.AuthenticateTokenAsync(token, AuthenticatorHarness.TeamsMessage(serviceUrl: serviceUrl));

        AssertRefused(RefusalReasons.NoServiceUrlClaim, outcome);
    }

    [Fact]
    public async Task An_Entra_token_naming_another_service_url_is_refused()
    {
        await using var harness = await AuthenticatorHarness.StartAsync(Tenant);
        var token = harness.Issuer.CreateEntraToken(Tenant, AuthenticatorHarness.AppId, serviceUrl: "https://smba.trafficmanager.net/emea/");

        AssertRefused(RefusalReasons.ServiceUrlMismatch, await harness.AuthenticateTokenAsync(token));
    }

    [Fact]
    public async Task A_Bot_Framework_issuer_on_a_token_signed_by_an_Entra_key_is_refused()
    {
        await using var harness = await AuthenticatorHarness.StartAsync(Tenant);
        var entraSigned = harness.Issuer.CreateEntraToken(Tenant, AuthenticatorHarness.AppId, issuer: harness.Issuer.Issuer, serviceUrl: AuthenticatorHarness.ServiceUrl);

        AssertRefused(RefusalReasons.UnknownKey, await harness.AuthenticateTokenAsync(entraSigned));
    }
}
