using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JourneyBot.SharedMaps;

/// <summary>
/// A link to one of a workshop's outputs: <c>/maps/{workshop}/{version}/{file}?expires={unix seconds}&amp;sig={signature}</c>.
/// The version is <see cref="Latest"/> or a <see cref="MapRevision"/>. The signature is an HMAC-SHA256, with the configured
/// key, of every part and of the workshop's link salt, so changing any part, or stopping sharing, makes it worthless.
/// </summary>
public sealed record MapLink(string WorkshopId, string Version, MapFormat Format, DateTimeOffset Expires)
{
    /// <summary>The version that always serves the map as it is now.</summary>
    public const string Latest = "latest";

    /// <summary>The route the links are served under.</summary>
    public const string RoutePrefix = "/maps";

    /// <summary>The link's path and query, signed for <paramref name="salt"/> with <paramref name="key"/>.</summary>
    public string PathAndQuery(byte[] key, string salt) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{RoutePrefix}/{Uri.EscapeDataString(WorkshopId)}/{Uri.EscapeDataString(Version)}/{Format.FileName()}?expires={Expires.ToUnixTimeSeconds()}&sig={Signature(key, salt)}");

    /// <summary>True when <paramref name="signature"/> is this link's, for <paramref name="salt"/> (compared in constant time).</summary>
    public bool IsSignedBy(string signature, byte[] key, string salt)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var expected = Encoding.ASCII.GetBytes(Signature(key, salt));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private string Signature(byte[] key, string salt)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(salt);
        // Each part on its own line: no part may contain a line feed (ids, versions and salts never do; the reader checks).
        var signed = string.Create(CultureInfo.InvariantCulture, $"journeybot-map-link-v1\n{WorkshopId}\n{Version}\n{Format.FileName()}\n{Expires.ToUnixTimeSeconds()}\n{salt}");
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(signed));
        return Base64Url.EncodeToString(mac);
    }
}
