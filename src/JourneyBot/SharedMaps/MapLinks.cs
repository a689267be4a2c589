using JourneyBot.Workshop;
using Microsoft.Extensions.Options;

namespace JourneyBot.SharedMaps;

/// <summary>The links a card offers for one map.</summary>
/// <param name="CardPicture">The picture scaled for a card, of exactly this revision of the map.</param>
/// <param name="Picture">The full-size picture of exactly this revision of the map.</param>
/// <param name="Page">The page of the map as it is when opened.</param>
/// <param name="Spreadsheet">The workbook of the map as it is when opened.</param>
/// <param name="Lists">The CSV lists of the map as it is when opened.</param>
public sealed record MapLinkSet(Uri CardPicture, Uri Picture, Uri Page, Uri Spreadsheet, Uri Lists);

/// <summary>
/// Makes and reads signed links (<see cref="MapLink"/>). Expiry is rounded up to the next UTC midnight, so the links of a map
/// stay the same all day and a redrawn card does not make Teams fetch the same picture again.
/// </summary>
public sealed class MapLinks(IOptions<MapsOptions> options, TimeProvider time)
{
    private readonly byte[] _key = MapsOptionsSetup.KeyOf(options.Value) ?? throw new InvalidOperationException("Maps:LinkSigningKey is not set.");
    private readonly Uri _baseUrl = options.Value.PublicBaseUrl ?? throw new InvalidOperationException("Maps:PublicBaseUrl is not set.");

    /// <summary>The links for <paramref name="map"/> as it is now.</summary>
    public MapLinkSet For(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var revision = MapRevision.Of(map);
        return new MapLinkSet(
            Absolute(Make(map.Id, revision, MapFormat.CardPicture), map.LinkSalt),
            Absolute(Make(map.Id, revision, MapFormat.Picture), map.LinkSalt),
            Absolute(Make(map.Id, MapLink.Latest, MapFormat.Page), map.LinkSalt),
            Absolute(Make(map.Id, MapLink.Latest, MapFormat.Spreadsheet), map.LinkSalt),
            Absolute(Make(map.Id, MapLink.Latest, MapFormat.Lists), map.LinkSalt));
    }

    /// <summary>A link to <paramref name="format"/> of the workshop at <paramref name="version"/>, expiring after the format's lifetime.</summary>
    public MapLink Make(string workshopId, string version, MapFormat format)
    {
        var expires = time.GetUtcNow() + format.Lifetime(options.Value);
        var midnight = new DateTimeOffset(expires.UtcDateTime.Date, TimeSpan.Zero);
        return new MapLink(workshopId, version, format, midnight < expires ? midnight.AddDays(1) : midnight);
    }

    /// <summary>The link's absolute address, signed for the workshop's <paramref name="salt"/>.</summary>
    public Uri Absolute(MapLink link, string salt)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new Uri(_baseUrl, link.PathAndQuery(_key, salt));
    }

    /// <summary>
    /// The link a request names, when every part has the right shape and it has not expired; null otherwise. The
    /// signature is checked by <see cref="IsGenuine"/> once the workshop's salt is known.
    /// </summary>
    public MapLink? Read(string workshopId, string version, string fileName, long? expires)
    {
        if (!IsWorkshopId(workshopId)
            || !(version == MapLink.Latest || MapRevision.IsRevision(version))
            || MapFormats.FromFileName(fileName) is not { } format
            || expires is not { } seconds
            || seconds <= time.GetUtcNow().ToUnixTimeSeconds()
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return null;
        }

        return new MapLink(workshopId, version, format, DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    /// <summary>True when <paramref name="signature"/> was made by this bot's key for <paramref name="link"/> and <paramref name="salt"/>.</summary>
    public bool IsGenuine(MapLink link, string? signature, string salt)
    {
        ArgumentNullException.ThrowIfNull(link);
        return signature is { Length: > 0 and <= 64 } && link.IsSignedBy(signature, _key, salt);
    }

    /// <summary>Workshop ids are made by the bot: letters, digits, '-' and '_', at most 64.</summary>
    private static bool IsWorkshopId(string id) =>
        id is { Length: > 0 and <= 64 } && id.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_');
}
