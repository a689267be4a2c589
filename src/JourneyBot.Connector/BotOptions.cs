using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Connector;

/// <summary>
/// The bot's identity, bound from the familiar Azure Bot setting names at the configuration root
/// (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType).
/// </summary>
public sealed class BotOptions
{
    /// <summary>The Entra app (client) id of the bot. Empty means local mode: no auth, loopback only.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret, for <see cref="BotAppType.MultiTenant"/> or <see cref="BotAppType.SingleTenant"/>.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant of a single-tenant or managed-identity bot.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI, as the Azure Bot resource's msaAppType.</summary>
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>A PEM or PFX file with the app's certificate, used instead of a password when set.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    /// <summary>Where Bot Connector tokens' signing keys are published.</summary>
    [Required]
    public Uri BotFrameworkOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The issuer of Bot Connector tokens.</summary>
    [Required]
    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Where Entra ID signing keys are published; <c>{tenant}</c> is replaced by <see cref="MicrosoftAppTenantId"/>.</summary>
    [Required]
    public string EntraOpenIdMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>The authority host for outbound tokens (client credentials).</summary>
    [Required]
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>The scope of outbound Bot Connector tokens.</summary>
    [Required]
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Allowed clock skew when checking a token's lifetime.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long signing keys are kept before they are fetched again (they are also refetched on an unknown key id).</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>True when no app id is configured: the bot accepts unauthenticated loopback requests only.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}

/// <summary>The kinds of bot identity Azure Bot supports (msaAppType).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
