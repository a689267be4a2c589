using JourneyBot.Maps.Model;
using JourneyBot.Maps.Picture;

namespace JourneyBot.Maps.Tests.Picture;

/// <summary>The sample maps as documents and one renderer for the picture tests (the app, too, keeps a single one).</summary>
internal static class PictureSamples
{
    public static MapPictureRenderer Renderer { get; } = new();

    /// <summary>Where the rendered samples are written for a person to look at.</summary>
    public static string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "map-samples");

    public static MapDocument Document(string name) => name switch
    {
        "Empty" => MapDocuments.Of(SampleMaps.Empty(), ResxMapWords.English),
        "SaasExample" => MapDocuments.Of(SampleMaps.SaasExample(), ResxMapWords.English),
        "Korean" => MapDocuments.Of(SampleMaps.Korean(), ResxMapWords.Korean),
        "Huge" => MapDocuments.Of(SampleMaps.Huge(), ResxMapWords.English),
        "Hostile" => MapDocuments.Of(SampleMaps.Hostile(), ResxMapWords.English),
        "KoreanHidden" => MapDocuments.Of(SampleMaps.Korean() with { EmotionsRevealed = false }, ResxMapWords.Korean),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such sample map."),
    };

    /// <summary>Renders the sample and writes it to <see cref="OutputFolder"/> as name.png.</summary>
    public static byte[] Render(string name)
    {
        var png = Renderer.Render(Document(name));
        Directory.CreateDirectory(OutputFolder);
        File.WriteAllBytes(Path.Combine(OutputFolder, $"{name}.png"), png);
        return png;
    }
}
