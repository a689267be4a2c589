namespace JourneyBot.Connector.Authentication;

/// <summary>One family of tokens the bot trusts: where its keys are published, its issuers and audiences, and its Teams-specific claims.</summary>
internal sealed record TrustedTokenSource
{
    public required OpenIdMetadataCache Metadata { get; init; }

    /// <summary>Exact <c>iss</c> values; a token is routed here by its (not yet validated) issuer.</summary>
    public required IReadOnlyList<string> Issuers { get; init; }

    public required IReadOnlyList<string> Audiences { get; init; }

    /// <summary>
    /// Bot Connector tokens always name the service that sent the activity. Entra ID tokens may not (Microsoft's
    /// Agents SDK skips the check then); without the claim, only a serviceUrl on a known Bot Connector host is accepted.
    /// </summary>
    public required bool ServiceUrlClaimRequired { get; init; }

    /// <summary>Tokens the Bot Connector service issues (api.botframework.com), for every kind of bot.</summary>
    public static TrustedTokenSource BotFramework(BotOptions options, Func<Uri, OpenIdMetadataCache> metadataAt) => new()
    {
        Metadata = metadataAt(options.BotFrameworkOpenIdMetadataUrl),
        Issuers = [options.BotFrameworkIssuer],
        Audiences = [options.MicrosoftAppId ?? ""],
        ServiceUrlClaimRequired = true,
    };

    /// <summary>Entra ID tokens of the bot's own tenant; null without a configured tenant, since then no Entra issuer is trusted.</summary>
    public static TrustedTokenSource? EntraTenant(BotOptions options, Func<Uri, OpenIdMetadataCache> metadataAt)
    {
        var tenant = options.MicrosoftAppTenantId;
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return null;
        }

        var metadataUrl = options.EntraOpenIdMetadataUrlTemplate.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal);
        if (!Uri.TryCreate(metadataUrl, UriKind.Absolute, out var url))
        {
            throw new InvalidOperationException("EntraOpenIdMetadataUrlTemplate does not form an absolute URL.");
        }

        var appId = options.MicrosoftAppId ?? "";
        return new TrustedTokenSource
        {
            Metadata = metadataAt(url),
            Issuers = [$"https://login.microsoftonline.com/{tenant}/v2.0", $"https://sts.windows.net/{tenant}/"],
            Audiences = [appId, $"api://{appId}"],
            ServiceUrlClaimRequired = false,
        };
    }
}
