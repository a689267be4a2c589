using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace JourneyBot.Connector.Authentication;

/// <summary>One issuer's OpenID metadata and signing keys, fetched on first use, refreshed periodically and on an unknown key id.</summary>
/// <remarks>
/// IdentityModel 8's ConfigurationManager refreshes in the background after RequestRefresh, so the request that
/// carries a newly rotated key would be refused, and its clock cannot be replaced. This cache makes that request
/// wait for the refetch and reads time from <see cref="TimeProvider"/>, while keeping ConfigurationManager's rule
/// that key-id misses fetch at most once per <see cref="MinimumRefreshInterval"/>.
/// </remarks>
internal sealed class OpenIdMetadataCache : IDisposable
{
    /// <summary>The least time between two fetches: a flood of tokens with made-up key ids costs one fetch per interval.</summary>
    internal static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>The least time between two fetches while no keys were ever fetched (a start-up outage should heal quickly).</summary>
    internal static readonly TimeSpan RetryIntervalWithoutKeys = TimeSpan.FromSeconds(30);

    private readonly IDocumentRetriever documents;
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan refreshInterval;
    private readonly ILogger logger;
    private readonly SemaphoreSlim fetchLock = new(1, 1);
    private Snapshot? snapshot;
    private long lastAttemptTicks = DateTimeOffset.MinValue.UtcTicks;
    private long lastUnknownKeyRefreshTicks = DateTimeOffset.MinValue.UtcTicks;

    public OpenIdMetadataCache(Uri metadataUrl, IDocumentRetriever documents, TimeProvider timeProvider, TimeSpan refreshInterval, ILogger logger)
    {
        MetadataUrl = metadataUrl;
        this.documents = documents;
        this.timeProvider = timeProvider;
        this.refreshInterval = refreshInterval;
        this.logger = logger;
    }

    public Uri MetadataUrl { get; }

    /// <summary>The cached configuration, fetched first when missing or older than the refresh interval; null when none could ever be fetched.</summary>
    public Task<OpenIdConnectConfiguration?> GetAsync(CancellationToken cancellationToken) =>
        GetAsync(forUnknownKey: false, cancellationToken);

    /// <summary>Fetches again because a token names a key the cached set lacks (the issuer may have rotated keys), unless a fetch was too recent.</summary>
    public Task<OpenIdConnectConfiguration?> RefreshForUnknownKeyAsync(CancellationToken cancellationToken) =>
        GetAsync(forUnknownKey: true, cancellationToken);

    public void Dispose() => fetchLock.Dispose();

    private async Task<OpenIdConnectConfiguration?> GetAsync(bool forUnknownKey, CancellationToken cancellationToken)
    {
        var seen = Volatile.Read(ref snapshot);
        if (!ShouldFetch(seen, forUnknownKey))
        {
            return seen?.Configuration;
        }

        await fetchLock.WaitAsync(cancellationToken);
        try
        {
            // Whoever held the lock before may have fetched (or failed) already: one fetch serves all waiters.
            var current = snapshot;
            if (!ReferenceEquals(current, seen) || !ShouldFetch(current, forUnknownKey))
            {
                return current?.Configuration;
            }

            if (forUnknownKey)
            {
                Volatile.Write(ref lastUnknownKeyRefreshTicks, timeProvider.GetUtcNow().UtcTicks);
            }

            return (await FetchAsync(cancellationToken))?.Configuration ?? current?.Configuration;
        }
        finally
        {
            fetchLock.Release();
        }
    }

    private bool ShouldFetch(Snapshot? current, bool forUnknownKey)
    {
        var now = timeProvider.GetUtcNow();
        var sinceLastAttempt = now - ReadTime(ref lastAttemptTicks);
        if (current is null)
        {
            return sinceLastAttempt >= RetryIntervalWithoutKeys;
        }

        // As ConfigurationManager.RequestRefresh: the first key-id miss fetches at once, later ones wait out the interval.
        if (forUnknownKey)
        {
            return now - ReadTime(ref lastUnknownKeyRefreshTicks) >= MinimumRefreshInterval;
        }

        // A failed periodic refresh is retried once per interval, not on every request.
        return now - current.FetchedAt >= refreshInterval && sinceLastAttempt >= MinimumRefreshInterval;
    }

    private static DateTimeOffset ReadTime(ref long ticks) => new(Volatile.Read(ref ticks), TimeSpan.Zero);

    private async Task<Snapshot?> FetchAsync(CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetUtcNow();
        try
        {
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(MetadataUrl.AbsoluteUri, documents, cancellationToken);
            var fresh = new Snapshot(configuration, startedAt);
            Volatile.Write(ref snapshot, fresh);
            Log.KeysFetched(logger, MetadataUrl, configuration.JsonWebKeySet?.Keys.Count ?? 0);
            return fresh;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Stale keys are better than none: the caller keeps the previous snapshot and the next try waits its turn.
            Log.KeysNotFetched(logger, MetadataUrl, exception);
            return null;
        }
        finally
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                Volatile.Write(ref lastAttemptTicks, startedAt.UtcTicks);
            }
        }
    }

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset FetchedAt);
}
