using JourneyBot.Maps.Model;
using JourneyBot.Maps.Picture;
using SkiaSharp;

namespace JourneyBot.Maps.Tests.Picture;

/// <summary>The card's picture: the whole map scaled to fit what Teams shows in a card (1024 x 1024), its shape kept.</summary>
public sealed class PicturePreviewTests : IDisposable
{
    private readonly MapPictureRenderer _renderer = new();

    [Theory]
    [InlineData("korean")]
    [InlineData("huge")]
    [InlineData("empty")]
    public void The_preview_fits_1024_each_way_and_keeps_the_pictures_shape(string sample)
    {
        var document = sample switch
        {
            "korean" => MapDocuments.Of(SampleMaps.Korean(), ResxMapWords.Korean),
            "huge" => MapDocuments.Of(SampleMaps.Huge(), ResxMapWords.English),
            _ => MapDocuments.Of(SampleMaps.Empty(), ResxMapWords.English),
        };

        using var full = SKBitmap.Decode(_renderer.Render(document));
        using var preview = SKBitmap.Decode(_renderer.RenderPreview(document));

        Assert.True(preview.Width <= 1024 && preview.Height <= 1024, $"{preview.Width} x {preview.Height}");
        Assert.True(preview.Width == 1024 || preview.Height == 1024, "scaled to the limit, not below it");
        Assert.Equal((double)full.Width / full.Height, (double)preview.Width / preview.Height, 2);
    }

    public void Dispose() => _renderer.Dispose();
}
