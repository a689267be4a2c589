using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using JourneyBot.Maps.Exports;
using JourneyBot.Maps.Model;
using JourneyBot.Maps.Page;
using JourneyBot.Maps.Picture;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops;
using JourneyBot.Workshops.Steps.Analyze;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace JourneyBot.SharedMaps;

/// <summary>
/// Renders a map's outputs once per (workshop, revision, format) and keeps them in a bounded memory cache: thirty people
/// opening the same picture cost one render, and concurrent requests for one not yet rendered wait for the same render.
/// A change to the map is a new revision, hence a new render; old ones age out. Step 6's findings are computed from the map
/// with the configured thresholds (<see cref="Analyses"/>), so they are a function of the revision too, and so is step 7's
/// comparison in the page and exports: the version it compares against is named by the header (<see cref="MapComparisons"/>)
/// and a stored version never changes, so it is loaded only to render, never to serve what is rendered already.
/// </summary>
public sealed class MapRenders(MapPictureRenderer picture, MapLinks links, Analyses analyses, MapComparisons comparisons, IOptions<MapsOptions> options, ILogger<MapRenders> logger) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.RenderCacheBytes });
    private readonly ConcurrentDictionary<RenderKey, Lazy<Task<byte[]>>> _rendering = new();

    /// <summary>
    /// The bytes of <paramref name="format"/> for <paramref name="workshop"/>'s map as it is: from the cache, else rendered
    /// (for the page and exports after loading the version before, when the map has one). A request that gives up stops
    /// waiting; the render it joined goes on for the others and the cache.
    /// </summary>
    public async Task<byte[]> GetAsync(LoadedWorkshop workshop, MapFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var key = new RenderKey(workshop.Map.Id, MapRevision.Of(workshop.Map), format);
        if (_cache.TryGetValue(key, out byte[]? cached) && cached is not null)
        {
            return cached;
        }

        var render = _rendering.GetOrAdd(key, _ => new Lazy<Task<byte[]>>(() => RenderAsync(workshop, key), LazyThreadSafetyMode.ExecutionAndPublication));
        return await render.Value.WaitAsync(cancellationToken);
    }

    /// <summary>The bytes already rendered for exactly this revision, if they are still kept.</summary>
    public bool TryGetRendered(string workshopId, string revision, MapFormat format, out byte[] bytes)
    {
        if (_cache.TryGetValue(new RenderKey(workshopId, revision, format), out byte[]? cached) && cached is not null)
        {
            bytes = cached;
            return true;
        }

        bytes = [];
        return false;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>Loads what the render needs beyond the map, renders, keeps the bytes, and lets the next request for the key start afresh.</summary>
    private async Task<byte[]> RenderAsync(LoadedWorkshop workshop, RenderKey key)
    {
        try
        {
            // Shared by every request waiting for this key, so no one request's cancellation may end it.
            var older = key.Format.ShowsComparison() ? await comparisons.LoadVersionBeforeAsync(workshop, CancellationToken.None) : null;
            // Drawing takes tens of milliseconds: on the thread pool, not on the socket thread the request (or the storage
            // answer awaited just before) continues on with inline scheduling (JourneyBotExtensions), where it would hold
            // up every other connection of that thread.
            var bytes = await Task.Run(() => Render(workshop.Map, older, key), CancellationToken.None);
            _cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length, SlidingExpiration = TimeSpan.FromMinutes(30), AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(6) });
            return bytes;
        }
        finally
        {
            _rendering.TryRemove(key, out _);
        }
    }

    private byte[] Render(JourneyMap map, MapVersion? older, RenderKey key)
    {
        var started = Stopwatch.GetTimestamp();
        var analysis = analyses.Of(map);
        var comparison = older is null ? null : MapComparisons.Of(older, map, analysis);
        var document = MapDocumentBuilder.Build(map, new BotMapWords(WorkshopText.Of(map)), analysis, comparison);
        var bytes = key.Format switch
        {
            MapFormat.Picture => picture.Render(document),
            MapFormat.CardPicture => picture.RenderPreview(document),
            MapFormat.Page => Encoding.UTF8.GetBytes(MapPage.Render(document, PageLinks(map))),
            MapFormat.Spreadsheet => MapWorkbook.Write(document),
            MapFormat.Lists => MapCsv.WriteZip(document),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key.Format, null),
        };
        Log.MapRendered(logger, key.Format.ToString(), key.WorkshopId, key.Revision, bytes.Length, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return bytes;
    }

    /// <summary>The page's own download links: the exports of the map as it is when clicked.</summary>
    private MapPageLinks PageLinks(JourneyMap map) => new(
        links.Absolute(links.Make(map.Id, MapLink.Latest, MapFormat.Spreadsheet), map.LinkSalt).AbsoluteUri,
        links.Absolute(links.Make(map.Id, MapLink.Latest, MapFormat.Lists), map.LinkSalt).AbsoluteUri);

    private readonly record struct RenderKey(string WorkshopId, string Revision, MapFormat Format);
}
