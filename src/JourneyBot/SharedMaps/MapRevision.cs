using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using JourneyBot.Workshop;

namespace JourneyBot.SharedMaps;

/// <summary>
/// A map's content version: the first 8 bytes of the SHA-256 of everything in it, as 16 hex digits. Any change to the map
/// (an item added by anyone, a score, a rename, a new link salt) gives a new revision, so a picture link names exactly the
/// map it shows and Teams' image cache never shows an old picture under a new link. The header's <see cref="JourneyMap.Version"/>
/// cannot serve: items are written without touching the header, so that people adding at once never conflict.
/// Step 7's comparison in the page and exports needs nothing more: finishing and revisiting change the header, the version
/// compared against is named by it (<see cref="MapComparisons.VersionBefore"/>), and a stored version never changes.
/// </summary>
public static class MapRevision
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The revision of <paramref name="map"/>.</summary>
    public static string Of(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(map, Options));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>True when <paramref name="version"/> has a revision's shape (16 lower-case hex digits).</summary>
    public static bool IsRevision(string version) =>
        version is { Length: 16 } && version.All(character => char.IsAsciiHexDigitLower(character) || char.IsAsciiDigit(character));
}
