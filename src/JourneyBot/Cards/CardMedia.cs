namespace JourneyBot.Cards;

/// <summary>
/// A picture from a web address (Teams fetches it over HTTPS through its image proxy; docs/protocol.md, Images in cards).
/// <see cref="AltText"/> is read by screen readers; <see cref="SelectAction"/> opens a link when the picture is clicked.
/// </summary>
public sealed record Image(Uri Url) : CardElement
{
    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public CardAction? SelectAction { get; init; }
}
