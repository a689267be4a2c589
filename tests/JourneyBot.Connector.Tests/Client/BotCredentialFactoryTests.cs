using Azure.Identity;
using JourneyBot.Connector.Client;

namespace JourneyBot.Connector.Tests.Client;

public sealed class BotCredentialFactoryTests
{
    private const string AppId = "00000000-0000-0000-0000-0000000000b0";

    private static BotOptions Bot(BotAppType type, string? password = "not-a-real-secret", string? tenant = null, string? certificate = null) => new()
    {
        MicrosoftAppId = AppId,
        MicrosoftAppType = type,
        MicrosoftAppPassword = password,
        MicrosoftAppTenantId = tenant,
        MicrosoftAppCertificatePath = certificate,
    };

    public static TheoryData<BotOptions, Type> Identities => new()
    {
        { Bot(BotAppType.MultiTenant), typeof(ClientSecretCredential) },
        { Bot(BotAppType.MultiTenant, password: null, certificate: "/secrets/bot.pem"), typeof(ClientCertificateCredential) },
        { Bot(BotAppType.SingleTenant, tenant: "11111111-1111-1111-1111-111111111111"), typeof(ClientSecretCredential) },
        { Bot(BotAppType.SingleTenant, password: null, tenant: "11111111-1111-1111-1111-111111111111", certificate: "/secrets/bot.pfx"), typeof(ClientCertificateCredential) },
        { Bot(BotAppType.UserAssignedMSI, password: null, tenant: "11111111-1111-1111-1111-111111111111"), typeof(ManagedIdentityCredential) },
    };

    [Theory]
    [MemberData(nameof(Identities))]
    public void Each_app_type_gets_the_Azure_Identity_credential_that_signs_it_in(BotOptions options, Type expected)
    {
        var credential = new BotCredentialFactory().Create(options);

        Assert.IsType(expected, credential);
    }

    [Fact]
    public void A_single_tenant_bot_without_a_tenant_is_a_configuration_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new BotCredentialFactory().Create(Bot(BotAppType.SingleTenant)));

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_for_each_app_type_are_checked_at_start_up()
    {
        var validator = new BotCredentialOptionsValidator();

        Assert.True(validator.Validate(null, new BotOptions()).Succeeded);
        Assert.True(validator.Validate(null, Bot(BotAppType.MultiTenant)).Succeeded);
        Assert.True(validator.Validate(null, Bot(BotAppType.UserAssignedMSI, password: null, tenant: "11111111-1111-1111-1111-111111111111")).Succeeded);
        Assert.False(validator.Validate(null, Bot(BotAppType.UserAssignedMSI, password: null)).Succeeded);
        Assert.False(validator.Validate(null, Bot(BotAppType.MultiTenant, password: null)).Succeeded);
        Assert.False(validator.Validate(null, Bot(BotAppType.SingleTenant)).Succeeded);
        Assert.False(validator.Validate(null, Bot((BotAppType)42)).Succeeded);
    }
}
