using SkiaSharp;

namespace JourneyBot.Maps.Tests.Picture;

/// <summary>Every sample map renders to a PNG of the expected size: 1600 px wide up to 8 stages, wider with more, never unbounded.</summary>
public sealed class MapPictureRendererTests
{
    [Theory]
    [InlineData("Empty", 1600, 200, 700)]
    [InlineData("SaasExample", 1600, 900, 4000)]
    [InlineData("Korean", 1600, 1200, 6000)]
    [InlineData("KoreanHidden", 1600, 1200, 6000)]
    [InlineData("Hostile", 1600, 500, 3000)]
    public void The_picture_is_a_png_of_the_expected_size(string sample, int width, int minHeight, int maxHeight)
    {
        var png = PictureSamples.Render(sample);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        Assert.InRange(bitmap.Height, minHeight, maxHeight);
    }

    [Fact]
    public void A_huge_map_is_wider_and_stays_within_the_caps()
    {
        var png = PictureSamples.Render("Huge");

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.True(bitmap.Width > 1600, $"{bitmap.Width} px wide");
        Assert.True(bitmap.Width >= 20 * 170, "every one of the 20 stages gets at least the minimum column width");
        Assert.InRange(bitmap.Height, 1000, 12000);
        Assert.True((long)bitmap.Width * bitmap.Height <= 24_000_000);
    }
}
