using System.Globalization;
using System.Text;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace JourneyBot.SharedMaps;

/// <summary>
/// <c>GET /maps/{workshop}/{version}/{file}?expires=…&amp;sig=…</c>: the picture, page and exports behind a signed link.
/// Anything wrong with a link (its shape, its signature, its expiry, a workshop that is gone or has stopped sharing) is a
/// 404 with an empty body, the same for every cause, so a link reveals nothing about workshops it does not name.
/// </summary>
public static class MapEndpoints
{
    public static RouteGroupBuilder MapSharedMaps(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(MapLink.RoutePrefix).WithTags("Shared maps");
        group.MapGet("/{workshopId}/{version}/{file}", ServeAsync);
        return group;
    }

    internal static async Task<Results<FileContentHttpResult, NotFound, StatusCodeHttpResult>> ServeAsync(
        string workshopId,
        string version,
        string file,
        string? expires,
        string? sig,
        MapLinks links,
        IWorkshopStore store,
        MapRenders renders,
        HttpContext http,
        ILogger<MapRenders> logger,
        CancellationToken cancellationToken)
    {
        var seconds = long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : (long?)null;
        if (links.Read(workshopId, version, file, seconds) is not { } link)
        {
            return TypedResults.NotFound();
        }

        try
        {
            // A picture link names its revision: once rendered, serving it again needs only the header (name and salt).
            if (link.Version != MapLink.Latest && renders.TryGetRendered(link.WorkshopId, link.Version, link.Format, out var rendered))
            {
                var header = await store.LoadSharedHeaderAsync(link.WorkshopId, cancellationToken);
                return await RespondAsync(link, sig, header, header is null ? null : () => Task.FromResult(rendered), links, http, logger);
            }

            var loaded = await store.LoadSharedAsync(link.WorkshopId, cancellationToken);
            return await RespondAsync(link, sig, loaded?.Map, loaded is null ? null : () => renders.GetAsync(loaded, link.Format, cancellationToken), links, http, logger);
        }
        catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
        {
            Log.MapStorageFailed(logger, exception, link.WorkshopId);
            http.Response.Headers.RetryAfter = "5";
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>The output, when the link's signature holds for <paramref name="map"/>'s salt (checked before anything is rendered or loaded for it); else 404.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound, StatusCodeHttpResult>> RespondAsync(
        MapLink link, string? signature, JourneyMap? map, Func<Task<byte[]>>? bytes, MapLinks links, HttpContext http, ILogger logger)
    {
        if (map is null || bytes is null || !links.IsGenuine(link, signature, map.LinkSalt))
        {
            Log.MapLinkRefused(logger, link.WorkshopId, map is null ? "no such workshop" : "signature does not hold");
            return TypedResults.NotFound();
        }

        // Rendered (or a version loaded for it) before any header is set, so a storage fault answers 503 with none of them.
        var content = await bytes();
        var headers = http.Response.Headers;
        headers.CacheControl = "private, max-age=300";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        if (link.Format == MapFormat.Page)
        {
            // The page has no script and loads nothing: say so, so even a flaw in escaping could not run anything.
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
        }

        var disposition = new ContentDispositionHeaderValue(link.Format.IsShownInline() ? "inline" : "attachment");
        disposition.SetHttpFileName(FileName(map.Name, link.Format));
        headers.ContentDisposition = disposition.ToString();
        return TypedResults.Bytes(content, link.Format.ContentType());
    }

    /// <summary>The workshop's name as a file name: Korean and spaces kept, what file systems refuse dropped, 80 characters at most.</summary>
    internal static string FileName(string workshopName, MapFormat format)
    {
        var name = new StringBuilder(workshopName.Length);
        foreach (var character in workshopName.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(character) && !"\"\\/:*?<>|".Contains(character, StringComparison.Ordinal))
            {
                name.Append(character);
            }
        }

        var cleaned = Cards.CardText.Shorten(name.ToString().Trim().Trim('.'), 80);
        return (cleaned.Length == 0 ? "journey-map" : cleaned) + format.Extension();
    }
}
