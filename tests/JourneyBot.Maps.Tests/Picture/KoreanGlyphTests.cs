using JourneyBot.Maps.Picture;
using SkiaSharp;

namespace JourneyBot.Maps.Tests.Picture;

/// <summary>Korean is drawn with Korean glyphs from the embedded font, not as the boxes of a font that lacks them.</summary>
public sealed class KoreanGlyphTests
{
    private const string Korean = "고객여정지도워크숍";

    [Fact]
    public void The_map_fonts_have_a_glyph_for_every_Korean_character()
    {
        using var fonts = new MapFonts();
        using var text = new PictureText(fonts);

        foreach (var style in new[] { TextStyle.Body, TextStyle.Heading })
        {
            var glyphs = text.Glyphs(Korean, style);

            Assert.Equal(Korean.Length, glyphs.Count);
            Assert.All(glyphs, glyph => Assert.NotEqual(0u, glyph));
        }
    }

    [Fact]
    public void Korean_draws_differently_from_as_many_missing_glyphs()
    {
        using var fonts = new MapFonts();
        using var text = new PictureText(fonts);
        var missing = new string('\uFFFF', Korean.Length);
        Assert.All(text.Glyphs(missing, TextStyle.Title), glyph => Assert.Equal(0u, glyph));

        var korean = Draw(text, Korean);
        var boxes = Draw(text, missing);

        var differing = korean.Zip(boxes).Count(pair => pair.First != pair.Second);
        Assert.True(differing > korean.Length / 50, $"only {differing} of {korean.Length} pixels differ from .notdef boxes");
        Assert.True(korean.Count(pixel => pixel < 128) > 200, "Korean leaves ink");
    }

    /// <summary>The text in black on white, as one grey value per pixel.</summary>
    private static byte[] Draw(PictureText text, string value)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(360, 48, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            text.Draw(canvas, value, 8, 34, TextStyle.Title, SKColors.Black);
        }

        return bitmap.Bytes;
    }
}
