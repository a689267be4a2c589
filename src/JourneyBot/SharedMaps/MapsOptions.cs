namespace JourneyBot.SharedMaps;

/// <summary>How the map's picture, page and exports are shared; bound from section <c>Maps</c> and checked at start-up.</summary>
public sealed class MapsOptions
{
    public const string Section = "Maps";

    /// <summary>
    /// The key every link is signed with (HMAC-SHA256), base64, at least 32 bytes. Required outside Development; in
    /// Development a random key is made at start-up when none is set, so links last until the bot restarts. Every
    /// instance of the bot must share it: a link made by one is served by any.
    /// </summary>
    public string? LinkSigningKey { get; set; }

    /// <summary>
    /// The address the bot is reached at from the internet (e.g. https://journeybot.azurewebsites.net): links in cards are
    /// made from it, and Teams fetches pictures from it. Required outside Development; http://127.0.0.1:3978 there, as run.sh.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long the picture in a card keeps working.</summary>
    public TimeSpan PictureLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long links to the page and the exports keep working.</summary>
    public TimeSpan PageLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The memory kept for rendered maps (pictures, pages, exports), in bytes; the least recently used go first.</summary>
    public long RenderCacheBytes { get; set; } = 64L * 1024 * 1024;
}
