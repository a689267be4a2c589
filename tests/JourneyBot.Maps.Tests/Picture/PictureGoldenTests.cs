using System.Globalization;
using SkiaSharp;

namespace JourneyBot.Maps.Tests.Picture;

/// <summary>
/// The pictures of the empty, the SaaS and the Korean sample match their goldens in Golden/ within a small tolerance, so a
/// change to the layout is seen. Set JOURNEYBOT_UPDATE_GOLDENS=1 to write the goldens instead (see Golden/README.md).
/// </summary>
public sealed class PictureGoldenTests
{
    private const string UpdateVariable = "JOURNEYBOT_UPDATE_GOLDENS";

    public static TheoryData<string> Samples => ["Empty", "SaasExample", "Korean"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_picture_matches_its_golden(string sample)
    {
        var png = PictureSamples.Render(sample);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var source = Path.Combine(SourceFolder(), $"{sample}.png");
            File.WriteAllBytes(source, png);
            return;
        }

        var goldenPath = Path.Combine(AppContext.BaseDirectory, "Picture", "Golden", $"{sample}.png");
        Assert.True(File.Exists(goldenPath), $"No golden {goldenPath}: run the tests once with {UpdateVariable}=1 (Picture/Golden/README.md).");
        using var expected = SKBitmap.Decode(goldenPath);
        using var actual = SKBitmap.Decode(png);

        var share = PictureComparison.DifferingShare(expected, actual);

        if (share > PictureComparison.MaxDifferingShare)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "golden-failures");
            Directory.CreateDirectory(folder);
            var actualPath = Path.Combine(folder, $"{sample}.actual.png");
            var diffPath = Path.Combine(folder, $"{sample}.diff.png");
            File.WriteAllBytes(actualPath, png);
            File.WriteAllBytes(diffPath, PictureComparison.Diff(expected, actual));
            Assert.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"{sample}: {share:P2} of pixels differ from the golden (at most {PictureComparison.MaxDifferingShare:P2} may); expected {expected.Width}x{expected.Height}, got {actual.Width}x{actual.Height}. "
                + $"Actual: {actualPath}; diff (red = differs): {diffPath}. If the change is intended, refresh the goldens with {UpdateVariable}=1 (Picture/Golden/README.md)."));
        }
    }

    [Fact]
    public void The_comparison_sees_a_changed_colour()
    {
        var goldenPath = Path.Combine(AppContext.BaseDirectory, "Picture", "Golden", "SaasExample.png");
        using var golden = SKBitmap.Decode(goldenPath);
        using var recoloured = golden.Copy();
        var stageFill = new SKColor(0x2E, 0x3A, 0x59);
        recoloured.Pixels = [.. golden.Pixels.Select(pixel => pixel == stageFill ? new SKColor(0x59, 0x2E, 0x3A) : pixel)];

        Assert.Equal(0, PictureComparison.DifferingShare(golden, golden));
        Assert.True(PictureComparison.DifferingShare(golden, recoloured) > PictureComparison.MaxDifferingShare);
    }

    /// <summary>Picture/Golden in the test project's source folder (found from the output folder upwards).</summary>
    private static string SourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JourneyBot.Maps.Tests.csproj")))
            {
                return Path.Combine(folder.FullName, "Picture", "Golden");
            }
        }

        throw new InvalidOperationException($"JourneyBot.Maps.Tests.csproj is not above {AppContext.BaseDirectory}.");
    }
}
