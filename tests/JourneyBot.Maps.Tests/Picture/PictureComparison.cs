using SkiaSharp;

namespace JourneyBot.Maps.Tests.Picture;

/// <summary>Compares two pictures pixel by pixel with a tolerance, and draws where they differ.</summary>
internal static class PictureComparison
{
    /// <summary>A pixel differs when a channel differs by more than this (anti-aliasing noise stays below it).</summary>
    public const int ChannelThreshold = 24;

    /// <summary>The share of pixels that may differ: above it the layout has changed.</summary>
    public const double MaxDifferingShare = 0.005;

    /// <summary>The share of pixels of <paramref name="actual"/> that differ from <paramref name="expected"/> (1 when the sizes differ).</summary>
    public static double DifferingShare(SKBitmap expected, SKBitmap actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return 1;
        }

        var expectedPixels = expected.Pixels;
        var actualPixels = actual.Pixels;
        var differing = expectedPixels.Where((pixel, index) => Differs(pixel, actualPixels[index])).LongCount();
        return (double)differing / expectedPixels.Length;
    }

    /// <summary>The expected picture faded, with the pixels that differ in red (the overlap of both sizes).</summary>
    public static byte[] Diff(SKBitmap expected, SKBitmap actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var width = Math.Max(expected.Width, actual.Width);
        var height = Math.Max(expected.Height, actual.Height);
        var expectedPixels = expected.Pixels;
        var actualPixels = actual.Pixels;
        var pixels = new SKColor[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var inBoth = x < expected.Width && y < expected.Height && x < actual.Width && y < actual.Height;
                var pixel = inBoth ? expectedPixels[(y * expected.Width) + x] : SKColors.Magenta;
                pixels[(y * width) + x] = !inBoth ? pixel
                    : Differs(pixel, actualPixels[(y * actual.Width) + x]) ? SKColors.Red
                    : new SKColor(Fade(pixel.Red), Fade(pixel.Green), Fade(pixel.Blue));
            }
        }

        using var diff = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque)) { Pixels = pixels };
        using var data = diff.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static bool Differs(SKColor expected, SKColor actual) =>
        Math.Abs(expected.Red - actual.Red) > ChannelThreshold
        || Math.Abs(expected.Green - actual.Green) > ChannelThreshold
        || Math.Abs(expected.Blue - actual.Blue) > ChannelThreshold;

    private static byte Fade(byte channel) => (byte)(255 - ((255 - channel) / 4));
}
