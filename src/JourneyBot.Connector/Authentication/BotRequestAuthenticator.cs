using System.Collections.Immutable;
using JourneyBot.Connector.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace JourneyBot.Connector.Authentication;

/// <summary>
/// Validates inbound Bot Connector tokens (and, for a configured tenant, Entra ID tokens) as the
/// "Authentication with the Bot Connector API" checklist asks, cheapest checks first (docs/protocol.md, Authentication).
/// </summary>
internal sealed class BotRequestAuthenticator : IRequestAuthenticator, IDisposable
{
    private const string BearerScheme = "Bearer";
    private const string ServiceUrlClaim = "serviceurl";

    // Bot Framework and Entra sign with RSA keys; anything else (none, HS256 with the public key as secret...) is an attack.
    private static readonly ImmutableArray<string> RsaAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler handler = new();
    private readonly BotOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly List<TrustedTokenSource> sources;

    public BotRequestAuthenticator(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        this.options = options.Value;
        this.timeProvider = timeProvider;
        logger = loggerFactory.CreateLogger<BotRequestAuthenticator>();

        var documents = new MetadataDocumentRetriever(httpClientFactory);
        var cacheLogger = loggerFactory.CreateLogger<OpenIdMetadataCache>();
        OpenIdMetadataCache MetadataAt(Uri url) => new(url, documents, timeProvider, this.options.SigningKeyRefreshInterval, cacheLogger);
        sources = [TrustedTokenSource.BotFramework(this.options, MetadataAt)];
        if (TrustedTokenSource.EntraTenant(this.options, MetadataAt) is { } entra)
        {
            sources.Add(entra);
        }
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outcome = await ValidateAsync(authorizationHeader, activity, cancellationToken);
        if (!outcome.Succeeded)
        {
            Log.TokenRefused(logger, outcome.FailureReason);
        }

        return outcome;
    }

    public void Dispose()
    {
        foreach (var source in sources)
        {
            source.Metadata.Dispose();
        }
    }

    private async Task<AuthenticationOutcome> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (options.IsLocalMode)
        {
            return Refuse(RefusalReasons.NoAppId);
        }

        if (ReadBearerToken(authorizationHeader, out var token) is { } headerRefusal)
        {
            return Refuse(headerRefusal);
        }

        var jwt = TryDecode(token);
        if (jwt is null)
        {
            return Refuse(RefusalReasons.Malformed);
        }

        if (!RsaAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return Refuse(RefusalReasons.UnsupportedAlgorithm);
        }

        // The issuer is not trusted yet; it only picks which keys and rules the token will be checked against.
        var source = sources.Find(candidate => candidate.Issuers.Contains(jwt.Issuer, StringComparer.Ordinal));
        if (source is null)
        {
            return Refuse(RefusalReasons.UntrustedIssuer);
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return Refuse(RefusalReasons.NoKeyId);
        }

        var (key, keyRefusal) = await FindSigningKeyAsync(source, jwt.Kid, cancellationToken);
        if (key is null)
        {
            return Refuse(keyRefusal);
        }

        var result = await handler.ValidateTokenAsync(jwt, ParametersFor(source, key));
        if (!result.IsValid)
        {
            return Refuse(ReasonFor(result.Exception));
        }

        if (TokenLifetime.Check(jwt, timeProvider.GetUtcNow(), options.ClockSkew) is { } lifetimeRefusal)
        {
            return Refuse(lifetimeRefusal);
        }

        return CheckActivityBinding(source, jwt, key, activity) is { } bindingRefusal
            ? Refuse(bindingRefusal)
            : AuthenticationOutcome.Success(result.ClaimsIdentity);
    }

    /// <summary>Why the header carries no bearer token, or null with the token in <paramref name="token"/>.</summary>
    private static string? ReadBearerToken(string? header, out string token)
    {
        token = "";
        if (string.IsNullOrWhiteSpace(header))
        {
            return RefusalReasons.MissingHeader;
        }

        var trimmed = header.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? trimmed : trimmed[..space];
        // RFC 9110: the auth scheme is case-insensitive.
        if (!scheme.Equals(BearerScheme, StringComparison.OrdinalIgnoreCase))
        {
            return RefusalReasons.NotBearer;
        }

        token = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return token.Length == 0 ? RefusalReasons.EmptyToken : null;
    }

    private JsonWebToken? TryDecode(string token)
    {
        if (token.Length > handler.MaximumTokenSizeInBytes)
        {
            return null;
        }

        try
        {
            var jwt = handler.ReadJsonWebToken(token);
            return jwt.IsEncrypted ? null : jwt;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static async Task<(JsonWebKey? Key, string Refusal)> FindSigningKeyAsync(TrustedTokenSource source, string keyId, CancellationToken cancellationToken)
    {
        var configuration = await source.Metadata.GetAsync(cancellationToken);
        if (configuration is null)
        {
            return (null, RefusalReasons.KeysUnavailable);
        }

        var key = FindKey(configuration, keyId);
        if (key is null)
        {
            // An unknown key id usually means the issuer rotated its keys since they were cached.
            configuration = await source.Metadata.RefreshForUnknownKeyAsync(cancellationToken);
            key = configuration is null ? null : FindKey(configuration, keyId);
        }

        return (key, RefusalReasons.UnknownKey);
    }

    private static JsonWebKey? FindKey(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(key => string.Equals(key.Kid, keyId, StringComparison.Ordinal));

    private static TokenValidationParameters ParametersFor(TrustedTokenSource source, JsonWebKey key) => new()
    {
        ValidIssuers = source.Issuers,
        ValidAudiences = source.Audiences,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = RsaAlgorithms,
        RequireSignedTokens = true,
        // Lifetime is checked by TokenLifetime against the injected TimeProvider instead.
        ValidateLifetime = false,
        RequireExpirationTime = false,
    };

    private static string ReasonFor(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException => RefusalReasons.UnknownKey,
        SecurityTokenInvalidSignatureException => RefusalReasons.InvalidSignature,
        SecurityTokenInvalidAlgorithmException => RefusalReasons.UnsupportedAlgorithm,
        SecurityTokenInvalidIssuerException => RefusalReasons.UntrustedIssuer,
        SecurityTokenInvalidAudienceException => RefusalReasons.WrongAudience,
        SecurityTokenMalformedException => RefusalReasons.Malformed,
        _ => RefusalReasons.Invalid,
    };

    /// <summary>
    /// The token must be for this activity: sent by the service the activity names, with a key endorsed for its channel.
    /// The bot sends its own token to the activity's serviceUrl, so that URL must be bound to the token (the serviceurl
    /// claim) or, for an Entra token without the claim, be a Bot Connector host: otherwise any holder of a token for
    /// this app id could have the bot's token sent to a server of theirs.
    /// </summary>
    private static string? CheckActivityBinding(TrustedTokenSource source, JsonWebToken jwt, JsonWebKey key, Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return RefusalReasons.ActivityHasNoServiceUrl;
        }

        if (jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimedServiceUrl))
        {
            if (!ServiceUrlComparison.AreSame(claimedServiceUrl, activity.ServiceUrl))
            {
                return RefusalReasons.ServiceUrlMismatch;
            }
        }
        else if (source.ServiceUrlClaimRequired || !KnownConnectorHosts.Contains(activity.ServiceUrl))
        {
            return RefusalReasons.NoServiceUrlClaim;
        }

        return SigningKeyEndorsements.Allow(key, activity.ChannelId) ? null : RefusalReasons.NotEndorsed;
    }

    private static AuthenticationOutcome Refuse(string reason) => AuthenticationOutcome.Failure(reason);

    /// <summary>Nothing from the unauthenticated body is logged: a caller without a token must not be able to write to the log.</summary>
}
