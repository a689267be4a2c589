using Azure.Core;
using Azure.Identity;

namespace JourneyBot.Connector.Client;

/// <summary>
/// Maps the Azure Bot identity settings to an Azure.Identity credential (docs/protocol.md, Outbound calls):
/// multi-tenant apps sign in at the botframework.com tenant, single-tenant apps at their own, and a
/// user-assigned managed identity asks the managed identity endpoint.
/// </summary>
internal sealed class BotCredentialFactory : IBotCredentialFactory
{
    /// <summary>The tenant Bot Framework multi-tenant app registrations get their connector tokens from.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    public TokenCredential Create(BotOptions options)
    {
        var appId = Require(options.MicrosoftAppId, nameof(BotOptions.MicrosoftAppId));
        return options.MicrosoftAppType switch
        {
            BotAppType.MultiTenant => AppCredential(MultiTenantAuthority, appId, options),
            BotAppType.SingleTenant => AppCredential(Require(options.MicrosoftAppTenantId, nameof(BotOptions.MicrosoftAppTenantId)), appId, options),
            BotAppType.UserAssignedMSI => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId)),
            _ => throw new InvalidOperationException($"MicrosoftAppType {options.MicrosoftAppType} is not supported."),
        };
    }

    private static TokenCredential AppCredential(string tenantId, string appId, BotOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath))
        {
            return new ClientCertificateCredential(tenantId, appId, options.MicrosoftAppCertificatePath,
                new ClientCertificateCredentialOptions { AuthorityHost = options.AuthorityHost });
        }

        var password = Require(options.MicrosoftAppPassword, nameof(BotOptions.MicrosoftAppPassword));
        return new ClientSecretCredential(tenantId, appId, password, new ClientSecretCredentialOptions { AuthorityHost = options.AuthorityHost });
    }

    private static string Require(string? value, string setting) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{setting} is required for this MicrosoftAppType.") : value;
}
