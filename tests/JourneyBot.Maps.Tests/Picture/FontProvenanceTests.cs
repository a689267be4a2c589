using System.Security.Cryptography;

namespace JourneyBot.Maps.Tests.Picture;

/// <summary>
/// The fonts the picture embeds are exactly the pinned npm package's (scripts/update-fonts.sh copies them), so their
/// licence and version are the package's and a changed pin without a copy is caught.
/// </summary>
public sealed class FontProvenanceTests
{
    [Theory]
    [InlineData("NotoSansKR_400Regular.ttf", "400Regular")]
    [InlineData("NotoSansKR_700Bold.ttf", "700Bold")]
    public void The_embedded_font_is_the_pinned_packages(string file, string folder)
    {
        var root = RepositoryRoot.Path;
        var package = Path.Combine(root, "node_modules", "@expo-google-fonts", "noto-sans-kr", folder, file);
        Assert.True(File.Exists(package), $"{package} is missing: run ./test.sh (or npm ci), which installs node_modules");
        using var embedded = typeof(MapWord).Assembly.GetManifestResourceStream($"JourneyBot.Maps.Fonts.{file}");
        Assert.NotNull(embedded);

        Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(package))), Convert.ToHexString(SHA256.HashData(embedded)));
    }

    [Fact]
    public void The_font_licence_ships_beside_the_fonts()
    {
        var licence = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "JourneyBot.Maps", "Fonts", "OFL.txt"));

        Assert.Contains("SIL OPEN FONT LICENSE Version 1.1", licence, StringComparison.Ordinal);
    }
}
