using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using JourneyBot.Maps.Exports;
using JourneyBot.Maps.Model;
using JourneyBot.Maps.Page;
using JourneyBot.Maps.Picture;
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
/// with the configured thresholds (<see cref="Analyses"/>), so they are a function of the revision too.
/// </summary>
public sealed class MapRenders(MapPictureRenderer picture, MapLinks links, Analyses analyses, IOptions<MapsOptions> options, ILogger<MapRenders> logger) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.RenderCacheBytes });
    private readonly ConcurrentDictionary<RenderKey, Lazy<byte[]>> _rendering = new();

    /// <summary>The bytes of <paramref name="format"/> for <paramref name="map"/> as it is.</summary>
    public byte[] Get(JourneyMap map, MapFormat format)
    {
        ArgumentNullException.ThrowIfNull(map);
        var key = new RenderKey(map.Id, MapRevision.Of(map), format);
        if (_cache.TryGetValue(key, out byte[]? cached) && cached is not null)
        {
            return cached;
        }

        var render = _rendering.GetOrAdd(key, _ => new Lazy<byte[]>(() => Render(map, key), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var bytes = render.Value;
            _cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length, SlidingExpiration = TimeSpan.FromMinutes(30), AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(6) });
            return bytes;
        }
        finally
        {
            _rendering.TryRemove(KeyValuePair.Create(key, render));
        }
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

    private byte[] Render(JourneyMap map, RenderKey key)
    {
        var started = Stopwatch.GetTimestamp();
        var document = MapDocumentBuilder.Build(map, new BotMapWords(WorkshopText.Of(map)), analyses.Of(map));
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
