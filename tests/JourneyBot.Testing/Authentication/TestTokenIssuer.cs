using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using JourneyBot.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JourneyBot.Testing.Authentication;

/// <summary>
/// Plays login.botframework.com (and Entra ID's per-tenant metadata) on loopback: serves OpenID metadata and a JWKS
/// with locally generated RSA keys, and mints tokens signed by them, so tests exercise the real validation path.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    /// <summary>The channel the default signing keys are endorsed for.</summary>
    public const string TeamsChannelId = "msteams";

    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);
    private static readonly string[] SigningAlgorithms = [SecurityAlgorithms.RsaSha256];

    private readonly WebApplication app;
    private readonly TimeProvider timeProvider;
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly ConcurrentBag<RSA> ownedRsa = [];
    private readonly Lazy<RSA> forgeryRsa;
    private readonly TestSigningKey entraKey;
    private readonly Lock publishLock = new();
    private IReadOnlyList<TestSigningKey> publishedKeys;
    private int keySetRequestCount;
    private Uri baseUri = new("http://127.0.0.1/");

    private TestTokenIssuer(WebApplication app, TimeProvider timeProvider)
    {
        this.app = app;
        this.timeProvider = timeProvider;
        // Forgeries only need to differ from the published keys, so they share one RSA key: generating 2048-bit keys is slow.
        forgeryRsa = new(NewRsa);
        SigningKey = NewKey([TeamsChannelId]);
        publishedKeys = [SigningKey];
        entraKey = NewKey(endorsements: null);
    }

    /// <summary>The issuer of Bot Connector tokens, as the real service writes it.</summary>
    public string Issuer { get; } = "https://api.botframework.com";

    /// <summary>The Bot Framework OpenID metadata document (point <see cref="BotOptions.BotFrameworkOpenIdMetadataUrl"/> here).</summary>
    public Uri MetadataUrl => new(baseUri, "botframework/v1/.well-known/openidconfiguration");

    /// <summary>Entra ID's metadata with a <c>{tenant}</c> hole (for <see cref="BotOptions.EntraOpenIdMetadataUrlTemplate"/>).</summary>
    public string EntraMetadataUrlTemplate => $"{baseUri}{{tenant}}/v2.0/.well-known/openid-configuration";

    /// <summary>The key <see cref="CreateToken"/> signs with unless told otherwise (endorsed for msteams).</summary>
    public TestSigningKey SigningKey { get; private set; }

    /// <summary>How many times the Bot Framework key set has been served: each one is a fetch by the bot.</summary>
    public int KeySetRequestCount => Volatile.Read(ref keySetRequestCount);

    /// <summary>The v2 issuer Entra ID writes for <paramref name="tenantId"/>.</summary>
    public static string EntraIssuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>The v1 issuer Entra ID writes for <paramref name="tenantId"/>.</summary>
    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    /// <summary>Starts an issuer whose tokens are timed by the system clock.</summary>
    public static Task<TestTokenIssuer> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(TimeProvider.System, cancellationToken);

    /// <summary>Starts an issuer whose tokens are timed by <paramref name="timeProvider"/> (share it with the bot, e.g. a FakeTimeProvider).</summary>
    public static async Task<TestTokenIssuer> StartAsync(TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var issuer = new TestTokenIssuer(app, timeProvider);
        issuer.MapEndpoints();
        await app.StartAsync(cancellationToken);
        issuer.baseUri = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return issuer;
    }

    /// <summary>Points <paramref name="options"/> at this issuer; with <paramref name="tenantId"/>, as a single-tenant bot that also trusts Entra ID tokens.</summary>
    public void ConfigureBot(BotOptions options, string appId, string? tenantId = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MicrosoftAppId = appId;
        options.BotFrameworkOpenIdMetadataUrl = MetadataUrl;
        options.BotFrameworkIssuer = Issuer;
        options.EntraOpenIdMetadataUrlTemplate = EntraMetadataUrlTemplate;
        if (tenantId is not null)
        {
            options.MicrosoftAppTenantId = tenantId;
            options.MicrosoftAppType = BotAppType.SingleTenant;
        }
    }

    /// <summary>
    /// A Bot Connector token for <paramref name="audience"/> (the bot's app id) naming <paramref name="serviceUrl"/> (no
    /// serviceurl claim when null), valid from <paramref name="notBefore"/> (default: now) for <paramref name="lifetime"/>
    /// (default: an hour), signed with <paramref name="signingKey"/> (default: <see cref="SigningKey"/>).
    /// </summary>
    public string CreateToken(string audience, string? serviceUrl, TimeSpan? lifetime = null, string? issuer = null, DateTimeOffset? notBefore = null, TestSigningKey? signingKey = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return handler.CreateToken(Describe(issuer ?? Issuer, audience, lifetime, notBefore, claims, (signingKey ?? SigningKey).Credentials));
    }

    /// <summary>An Entra ID token of <paramref name="tenantId"/> (issuer <see cref="EntraIssuer"/> unless given), optionally naming a service URL.</summary>
    public string CreateEntraToken(string tenantId, string audience, TimeSpan? lifetime = null, string? issuer = null, string? serviceUrl = null)
    {
        var claims = new Dictionary<string, object> { ["tid"] = tenantId, ["ver"] = "2.0" };
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return handler.CreateToken(Describe(issuer ?? EntraIssuer(tenantId), audience, lifetime, notBefore: null, claims, entraKey.Credentials));
    }

    /// <summary>A token with <c>alg: none</c> and no signature, otherwise like <see cref="CreateToken"/>'s.</summary>
    public string CreateUnsignedToken(string audience, string serviceUrl) =>
        handler.CreateToken(Describe(Issuer, audience, lifetime: null, notBefore: null, new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, credentials: null));

    /// <summary>A key this issuer never publishes; with the id of a published key (the default) it impersonates that key.</summary>
    public TestSigningKey CreateForgedKey(string? keyId = null)
    {
        return new TestSigningKey(keyId ?? SigningKey.KeyId, forgeryRsa.Value, [TeamsChannelId]);
    }

    /// <summary>Publishes an extra key endorsed for <paramref name="endorsements"/> only (none: an empty list) and returns it to sign with.</summary>
    public TestSigningKey PublishKey(params string[] endorsements)
    {
        var key = NewKey(endorsements);
        lock (publishLock)
        {
            publishedKeys = [.. publishedKeys, key];
        }

        return key;
    }

    /// <summary>Publishes a fresh msteams key and signs with it from now on, as the real service does when it rotates keys.</summary>
    public TestSigningKey RotateKey()
    {
        SigningKey = PublishKey(TeamsChannelId);
        return SigningKey;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        foreach (var rsa in ownedRsa)
        {
            rsa.Dispose();
        }
    }

    private SecurityTokenDescriptor Describe(string issuer, string audience, TimeSpan? lifetime, DateTimeOffset? notBefore, Dictionary<string, object> claims, SigningCredentials? credentials)
    {
        var now = timeProvider.GetUtcNow();
        var validFrom = notBefore ?? now;
        return new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = validFrom.UtcDateTime,
            Expires = (validFrom + (lifetime ?? DefaultLifetime)).UtcDateTime,
            Claims = claims,
            SigningCredentials = credentials,
        };
    }

    private TestSigningKey NewKey(IReadOnlyList<string>? endorsements) =>
        new($"test-key-{Guid.NewGuid():N}", NewRsa(), endorsements);

    private RSA NewRsa()
    {
        var rsa = RSA.Create(2048);
        ownedRsa.Add(rsa);
        return rsa;
    }

    private void MapEndpoints()
    {
        app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = new Uri(baseUri, "botframework/v1/keys").AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        }));
        app.MapGet("/botframework/v1/keys", () =>
        {
            Interlocked.Increment(ref keySetRequestCount);
            return Results.Json(new { keys = Volatile.Read(ref publishedKeys).Select(key => key.ToJsonWebKey()) });
        });
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = EntraIssuer(tenant),
            ["jwks_uri"] = new Uri(baseUri, $"{Uri.EscapeDataString(tenant)}/discovery/v2.0/keys").AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        }));
        app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) => Results.Json(new { keys = new[] { entraKey.ToJsonWebKey() } }));
    }
}
