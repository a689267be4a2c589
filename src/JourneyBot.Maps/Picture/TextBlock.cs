using SkiaSharp;

namespace JourneyBot.Maps.Picture;

/// <summary>Wrapped lines in one style; the first line may start further right (after a label).</summary>
internal sealed record TextBlock(IReadOnlyList<string> Lines, TextStyle Style, float LineHeight, float FirstLineIndent = 0)
{
    public float Height => Lines.Count * LineHeight;

    public static TextBlock Empty(TextStyle style) => new([], style, 0);

    /// <summary><paramref name="value"/> wrapped to <paramref name="width"/>, at most <paramref name="maxLines"/> lines.</summary>
    public static TextBlock Wrap(PictureText text, string? value, TextStyle style, float width, int maxLines, float firstLineIndent = 0) =>
        new(TextWrapper.Wrap(value, width, maxLines, text.MeasureOf(style), firstLineIndent), style, text.LineHeight(style), firstLineIndent);
}

/// <summary>A text block at its place in the picture.</summary>
internal sealed record PlacedText(TextBlock Block, float X, float Top, SKColor Color)
{
    public float Bottom => Top + Block.Height;
}
