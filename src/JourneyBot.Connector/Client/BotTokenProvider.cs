using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Connector.Client;

/// <summary>
/// Gets Bot Connector tokens with the bot's credential and keeps each until five minutes before it expires;
/// concurrent callers share one fetch. Returns null in local mode.
/// </summary>
public sealed class BotTokenProvider : IBotTokenProvider, IDisposable
{
    /// <summary>Refresh this long before expiry, so a token never runs out between being handed out and being checked.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential? _credential;
    private readonly TokenRequestContext _request;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BotTokenProvider> _logger;
    private readonly SemaphoreSlim _fetch = new(1, 1);
    private volatile CachedToken? _cached;

    public BotTokenProvider(IOptions<BotOptions> options, IBotCredentialFactory credentialFactory, TimeProvider timeProvider, ILogger<BotTokenProvider> logger)
    {
        var bot = options.Value;
        _credential = bot.IsLocalMode ? null : credentialFactory.Create(bot);
        _request = new TokenRequestContext([bot.ConnectorScope]);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_credential is null)
        {
            return null;
        }

        if (FreshToken() is { } token)
        {
            return token;
        }

        await _fetch.WaitAsync(cancellationToken);
        try
        {
            // Whoever waited behind the fetching caller finds its token here instead of fetching again.
            if (FreshToken() is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var accessToken = await _credential.GetTokenAsync(_request, cancellationToken);
            _cached = new CachedToken(accessToken.Token, accessToken.ExpiresOn - RefreshMargin);
            Log.TokenAcquired(_logger, accessToken.ExpiresOn);
            return accessToken.Token;
        }
        finally
        {
            _fetch.Release();
        }
    }

    public void Dispose() => _fetch.Dispose();

    private string? FreshToken() =>
        _cached is { } cached && _timeProvider.GetUtcNow() < cached.RefreshAt ? cached.Token : null;

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt);
}
