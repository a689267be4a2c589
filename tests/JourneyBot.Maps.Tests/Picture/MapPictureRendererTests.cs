using JourneyBot.Workshop;
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

    [Fact]
    public void Concurrent_renders_draw_the_same_picture_as_one_at_a_time()
    {
        var document = PictureSamples.Document("Korean");
        var alone = PictureSamples.Renderer.Render(document);

        var together = new byte[6][];
        Parallel.For(0, together.Length, index => together[index] = PictureSamples.Renderer.Render(document));

        Assert.All(together, png => Assert.Equal(alone, png));
    }

    [Fact]
    public void A_map_with_stages_but_no_persona_draws_its_lanes_and_the_hint()
    {
        var map = SampleMaps.SaasExample() with { Personas = [], Cells = [], EmotionScores = [] };

        var png = PictureSamples.Renderer.Render(MapDocuments.Of(map, ResxMapWords.English));

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(1600, bitmap.Width);
        Assert.InRange(bitmap.Height, 300, 1500);
    }

    [Fact]
    public void A_hostile_map_of_endless_text_and_many_stages_and_personas_stays_within_the_caps()
    {
        var endless = string.Concat(Enumerable.Repeat("👨‍👩‍👧 끝없는 글 ", 20_000));
        var map = SampleMaps.Huge();
        map = map with
        {
            Name = endless,
            Stages = [.. Enumerable.Range(0, 60).Select(index => new Stage { Id = $"s{index}", Name = endless, Position = index, Author = map.Facilitator, CreatedAt = map.CreatedAt })],
            Personas = [.. Enumerable.Range(0, 60).Select(index => map.Personas[0] with { Id = $"x{index}", Profile = map.Personas[0].Profile with { Name = endless } })],
        };

        var png = PictureSamples.Renderer.Render(MapDocuments.Of(map, ResxMapWords.English));

        using var bitmap = SKBitmap.Decode(png);
        Assert.InRange(bitmap.Width, 1600, 4800);
        Assert.InRange(bitmap.Height, 1000, 12000);
        Assert.True((long)bitmap.Width * bitmap.Height <= 24_000_000);
    }
}
